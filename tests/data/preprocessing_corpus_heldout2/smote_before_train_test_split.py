import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report

cc = pd.read_csv("creditcard.csv")
X, y = cc.drop(columns=["Class", "Time"]), cc["Class"]
sm = SMOTE(sampling_strategy=0.5, random_state=2)
X_sm, y_sm = sm.fit_resample(X, y)

X_train, X_test, y_train, y_test = train_test_split(X_sm, y_sm, test_size=0.3, random_state=2)
rf = RandomForestClassifier(n_estimators=100, n_jobs=-1).fit(X_train, y_train)
print(classification_report(y_test, rf.predict(X_test)))
