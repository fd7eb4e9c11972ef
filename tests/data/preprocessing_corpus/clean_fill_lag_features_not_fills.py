import pandas as pd
from sklearn.ensemble import RandomForestRegressor

meter = pd.read_csv("smart_meter_hourly.csv", parse_dates=["hour"]).sort_values("hour")
meter["kwh"] = meter["kwh"].fillna(0.0)
meter["kwh_lag1"] = meter["kwh"].shift(1)
meter["kwh_mean24"] = meter["kwh"].rolling(24, min_periods=1).mean()
meter = meter.dropna()
cut = meter["hour"] < "2023-07-01"
train, test = meter[cut], meter[~cut]
features = ["kwh_lag1", "kwh_mean24", "temp"]
print(RandomForestRegressor().fit(train[features], train["kwh"]).score(test[features], test["kwh"]))
