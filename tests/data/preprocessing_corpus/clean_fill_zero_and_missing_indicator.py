import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier

loans = pd.read_csv("loans.csv")
for col in ["emp_length", "revol_util", "mort_acc"]:
    loans[col + "_missing"] = loans[col].isna().astype(int)
    loans[col] = loans[col].fillna(0)
X = loans.drop(columns=["default"])
y = loans["default"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y)
print(HistGradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
