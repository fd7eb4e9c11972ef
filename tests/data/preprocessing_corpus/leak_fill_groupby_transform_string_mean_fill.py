import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

cars = pd.read_csv("used_cars.csv")
cars["engine_cc"] = cars["engine_cc"].fillna(cars.groupby("model")["engine_cc"].transform("median"))
cars["mileage"] = cars["mileage"].fillna(cars.groupby("brand")["mileage"].transform("mean"))
X = pd.get_dummies(cars[["engine_cc", "mileage", "year"]])
X_train, X_test, y_train, y_test = train_test_split(X, cars["price"], test_size=0.2, random_state=2)
print(GradientBoostingRegressor().fit(X_train, y_train).score(X_test, y_test))
