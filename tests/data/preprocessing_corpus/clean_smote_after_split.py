import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("creditcard.csv")
X, y = df.drop("Class", axis=1), df["Class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
X_train_res, y_train_res = SMOTE(random_state=0).fit_resample(X_train, y_train)
rf = RandomForestClassifier(n_estimators=200, n_jobs=-1).fit(X_train_res, y_train_res)
print(f1_score(y_test, rf.predict(X_test)))
