import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import r2_score

flow = pd.read_csv("thames_kingston_gauge.csv", parse_dates=["date"], index_col="date")
flow = flow.resample("D").bfill()
flow["rain_3d"] = flow["rainfall_mm"].rolling(3).sum()
flow["flow_lag1"] = flow["flow_m3s"].shift(1)
flow = flow.dropna()

train = flow.loc[:"2018-12-31"]
test = flow.loc["2019-01-01":]
cols = ["rain_3d", "flow_lag1", "rainfall_mm"]
gbr = GradientBoostingRegressor(n_estimators=300, max_depth=3).fit(train[cols], train["flow_m3s"])
print("2019+ R2:", r2_score(test["flow_m3s"], gbr.predict(test[cols])))
