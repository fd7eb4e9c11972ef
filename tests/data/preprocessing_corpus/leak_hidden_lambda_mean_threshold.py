import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

houses = pd.read_csv("houses.csv")
houses["big"] = houses["area"].apply(lambda x: 1 if x > houses.area.mean() else 0)
X = houses[["big", "rooms", "age"]]
X_train, X_test, y_train, y_test = train_test_split(X, houses["sold_fast"])
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
