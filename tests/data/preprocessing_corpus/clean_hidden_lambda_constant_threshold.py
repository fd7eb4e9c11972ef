import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

houses = pd.read_csv("houses.csv")
houses["big"] = houses["area"].apply(lambda x: 1 if x > 120 else 0)
houses["decade"] = houses["year"].map(lambda y: (y // 10) * 10)
X_train, X_test, y_train, y_test = train_test_split(houses[["big", "decade"]], houses["sold_fast"])
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
