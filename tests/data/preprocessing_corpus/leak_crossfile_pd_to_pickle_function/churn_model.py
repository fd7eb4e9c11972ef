import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

orders = pd.read_pickle("orders_clean.pkl")
X = orders[["basket_value", "days_since_first"]]
X_train, X_test, y_train, y_test = train_test_split(X, orders["churned"], test_size=0.2, random_state=3)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
