import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBRegressor

prices = pd.read_csv("fuel_prices.csv", parse_dates=["date"], index_col="date")
train_raw = prices[prices.index < "2023-01-01"]
test_raw = prices[prices.index >= "2023-01-01"]
train = train_raw.resample("D").ffill()
test = test_raw.resample("D").ffill()
model = XGBRegressor(n_estimators=300).fit(train[["brent"]], train["diesel"])
print(model.score(test[["brent"]], test["diesel"]))
