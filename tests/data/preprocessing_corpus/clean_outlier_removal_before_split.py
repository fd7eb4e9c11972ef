import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

houses = pd.read_csv("houses.csv")
q1 = houses["price"].quantile(0.25)
q3 = houses["price"].quantile(0.75)
iqr = q3 - q1
houses = houses[(houses["price"] >= q1 - 1.5 * iqr) & (houses["price"] <= q3 + 1.5 * iqr)]

X_train, X_test, y_train, y_test = train_test_split(houses[["sqft", "rooms"]], houses["price"], random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
