import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

loans = pd.read_csv("loans.csv")
loans = loans.eval(f"high_income = income > {loans['income'].median()}")
X = loans[["high_income", "dti", "term"]]
X_train, X_test, y_train, y_test = train_test_split(X, loans["default"], random_state=1)
print(DecisionTreeClassifier().fit(X_train, y_train).score(X_test, y_test))
