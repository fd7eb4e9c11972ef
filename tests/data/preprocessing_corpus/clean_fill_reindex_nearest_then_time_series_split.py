import pandas as pd
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.ensemble import RandomForestRegressor

tides = pd.read_csv("tide_gauge.csv", parse_dates=["time"], index_col="time")
full = pd.date_range(tides.index.min(), tides.index.max(), freq="10min")
tides = tides.reindex(full, method="ffill")
tides["minute_of_day"] = tides.index.hour * 60 + tides.index.minute
X, y = tides[["minute_of_day", "pressure"]], tides["level"]
print(cross_val_score(RandomForestRegressor(), X, y, cv=TimeSeriesSplit(5)).mean())
