import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import KFold, cross_val_score

cars = pd.read_csv("used_cars.csv")
means = cars.groupby("brand")["engine_cc"].mean().rename("brand_cc")
cars = cars.merge(means, on="brand", how="left")
cars["engine_cc"] = cars["engine_cc"].fillna(cars["brand_cc"])
X = cars[["year", "km_driven", "engine_cc"]]
print(cross_val_score(GradientBoostingRegressor(), X, cars["price"], cv=KFold(5, shuffle=True)).mean())
