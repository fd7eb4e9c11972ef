import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor

sales = pd.read_csv("daily.csv", parse_dates=["day"]).sort_values("day")
sales["lag_1"] = sales["units"].shift(1)
sales["lag_7"] = sales["units"].shift(7)
sales = sales.dropna()
train = sales[sales["day"] < "2023-01-01"]
test = sales[sales["day"] >= "2023-01-01"]
cols = ["lag_1", "lag_7", "price"]
model = GradientBoostingRegressor().fit(train[cols], train["units"])
print(model.score(test[cols], test["units"]))
