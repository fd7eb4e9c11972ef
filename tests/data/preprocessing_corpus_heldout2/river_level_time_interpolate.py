"""Daily river level forecast, gauge data with gaps."""
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error

gauge = pd.read_csv("gauge_07.csv", parse_dates=["date"], index_col="date")
gauge["level"] = gauge["level"].interpolate(method="time")
gauge["rain"] = gauge["rain"].fillna(0.0)

for k in (1, 2, 3, 7):
    gauge[f"level_lag{k}"] = gauge["level"].shift(k)
    gauge[f"rain_lag{k}"] = gauge["rain"].shift(k)
gauge = gauge.dropna()

train = gauge.loc[:"2018-12-31"]
test = gauge.loc["2019-01-01":]
cols = [c for c in gauge.columns if "lag" in c]
rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1)
rf.fit(train[cols], train["level"])
print(mean_squared_error(test["level"], rf.predict(test[cols])) ** 0.5)
