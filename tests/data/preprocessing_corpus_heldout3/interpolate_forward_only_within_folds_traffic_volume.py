import pandas as pd
import numpy as np
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import HistGradientBoostingRegressor

frame = pd.read_csv("Metro_Interstate_Traffic_Volume.csv", parse_dates=["date_time"], index_col="date_time").sort_index()
frame["lag_24"] = frame["traffic_volume"].shift(24)
cols = ['temp', 'rain_1h', 'clouds_all'] + ["lag_24"]

scores = []
for train_ix, test_ix in TimeSeriesSplit(n_splits=4).split(frame):
    past = frame.iloc[train_ix].interpolate(method="linear", limit_direction="forward").dropna()
    # the test block only sees the last training row and its own earlier rows
    future = pd.concat([past.tail(1), frame.iloc[test_ix]]).ffill().iloc[1:].dropna()
    reg = HistGradientBoostingRegressor(max_iter=300)
    reg.fit(past[cols], past["traffic_volume"])
    scores.append(reg.score(future[cols], future["traffic_volume"]))
print(np.round(scores, 3))
