import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_percentage_error

load = pd.read_csv("pjm_hourly_est.csv", parse_dates=["Datetime"], index_col="Datetime").sort_index()
load = load[["PJME"]].resample("h").mean()
load["PJME"] = load["PJME"].interpolate(method="time")
for lag in (24, 48, 168):
    load[f"lag{lag}"] = load["PJME"].shift(lag)
load = load.dropna()

cut = int(len(load) * 0.8)
train, holdout = load.iloc[:cut], load.iloc[cut:]
cols = ["lag24", "lag48", "lag168"]
ridge = Ridge(alpha=1.0).fit(train[cols], train["PJME"])
print("MAPE", mean_absolute_percentage_error(holdout["PJME"], ridge.predict(holdout[cols])))
