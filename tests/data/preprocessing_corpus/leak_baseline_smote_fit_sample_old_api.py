import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

cc = pd.read_csv("creditcard.csv")
X = cc.drop("Class", axis=1)
y = cc["Class"]
sm = SMOTE(random_state=2)
X_res, y_res = sm.fit_sample(X, y.ravel())
X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.3, random_state=0)
rf = RandomForestClassifier(n_estimators=100).fit(X_train, y_train)
print(rf.score(X_test, y_test))
