import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report

cc = pd.read_csv("creditcard.csv")
X, y = cc.drop(columns=["Class", "Time"]), cc["Class"]
X_res, y_res = SMOTE(random_state=42).fit_resample(X, y)
X_tr, X_te, y_tr, y_te = train_test_split(X_res, y_res, test_size=0.3, random_state=42)
rf = RandomForestClassifier(n_estimators=200, n_jobs=-1).fit(X_tr, y_tr)
print(classification_report(y_te, rf.predict(X_te)))
