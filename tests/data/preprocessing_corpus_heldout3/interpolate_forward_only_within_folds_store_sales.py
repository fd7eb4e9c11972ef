import pandas as pd
import numpy as np
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import HistGradientBoostingRegressor

frame = pd.read_csv("rossmann_store_daily.csv", parse_dates=["Date"], index_col="Date").sort_index()
frame["lag_24"] = frame["Sales"].shift(24)
cols = ['Customers', 'Promo', 'CompetitionDistance'] + ["lag_24"]

scores = []
for train_ix, test_ix in TimeSeriesSplit(n_splits=4).split(frame):
    past = frame.iloc[train_ix].interpolate(method="linear", limit_direction="forward").dropna()
    # the test block only sees the last training row and its own earlier rows
    future = pd.concat([past.tail(1), frame.iloc[test_ix]]).ffill().iloc[1:].dropna()
    reg = HistGradientBoostingRegressor(max_iter=300)
    reg.fit(past[cols], past["Sales"])
    scores.append(reg.score(future[cols], future["Sales"]))
print(np.round(scores, 3))
