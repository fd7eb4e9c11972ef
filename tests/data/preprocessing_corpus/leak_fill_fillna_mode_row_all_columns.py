import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

loan = pd.read_csv("loan_prediction.csv")
loan = loan.fillna(value=loan.mode().iloc[0])
loan = pd.get_dummies(loan.drop(columns="Loan_ID"), drop_first=True)
X_train, X_test, y_train, y_test = train_test_split(loan.drop(columns="Loan_Status_Y"), loan["Loan_Status_Y"])
print(DecisionTreeClassifier(max_depth=5).fit(X_train, y_train).score(X_test, y_test))
