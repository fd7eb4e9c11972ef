import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

loans = pd.read_csv("loans.csv")
loans["emp_length"] = loans["emp_length"].fillna(0)
loans = loans.fillna({"purpose": "unknown", "dti": -1})
X = loans.drop(columns="default")
X_train, X_test, y_train, y_test = train_test_split(X, loans["default"], stratify=loans["default"])
print(DecisionTreeClassifier(max_depth=5).fit(X_train, y_train).score(X_test, y_test))
