import pandas as pd
from sklearn.ensemble import RandomForestRegressor

sales = pd.read_csv("store_sales.csv", parse_dates=["date"]).sort_values("date")
sales["units"] = sales["units"].fillna(sales["units"].expanding().mean())
sales["dow"] = sales["date"].dt.dayofweek
cut = sales["date"] < "2023-01-01"
train, test = sales[cut], sales[~cut]
rf = RandomForestRegressor().fit(train[["units", "dow"]], train["revenue"])
print(rf.score(test[["units", "dow"]], test["revenue"]))
