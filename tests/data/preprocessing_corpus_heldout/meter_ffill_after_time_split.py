import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

meter = pd.read_csv("smart_meter.csv", parse_dates=["ts"]).sort_values("ts")
split_at = int(len(meter) * 0.8)
train = meter.iloc[:split_at].copy()
test = meter.iloc[split_at:].copy()

# each part is filled from its own past only
train = train.ffill()
test = test.ffill()
train = train.dropna()
test = test.dropna()

feats = ["kwh_lag1", "kwh_lag24", "temp", "hour"]
rf = RandomForestRegressor(n_estimators=250, min_samples_leaf=3)
rf.fit(train[feats], train["kwh"])
print(mean_absolute_error(test["kwh"], rf.predict(test[feats])))
