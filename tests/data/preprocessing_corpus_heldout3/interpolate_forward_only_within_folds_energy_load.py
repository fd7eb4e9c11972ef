import pandas as pd
import numpy as np
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import HistGradientBoostingRegressor

frame = pd.read_csv("PJME_hourly.csv", parse_dates=["Datetime"], index_col="Datetime").sort_index()
frame["lag_24"] = frame["PJME_MW"].shift(24)
cols = ['temp_f', 'humidity', 'cloud'] + ["lag_24"]

scores = []
for train_ix, test_ix in TimeSeriesSplit(n_splits=4).split(frame):
    past = frame.iloc[train_ix].interpolate(method="linear", limit_direction="forward").dropna()
    # the test block only sees the last training row and its own earlier rows
    future = pd.concat([past.tail(1), frame.iloc[test_ix]]).ffill().iloc[1:].dropna()
    reg = HistGradientBoostingRegressor(max_iter=300)
    reg.fit(past[cols], past["PJME_MW"])
    scores.append(reg.score(future[cols], future["PJME_MW"]))
print(np.round(scores, 3))
