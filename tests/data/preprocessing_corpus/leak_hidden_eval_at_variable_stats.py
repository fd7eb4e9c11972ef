import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

bank = pd.read_csv("churn_modelling.csv")
mu, sd = bank["CreditScore"].mean(), bank["CreditScore"].std()
bank = bank.eval("credit_z = (CreditScore - @mu) / @sd")
X_train, X_test, y_train, y_test = train_test_split(bank[["credit_z", "Age"]], bank["Exited"], test_size=0.2)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
