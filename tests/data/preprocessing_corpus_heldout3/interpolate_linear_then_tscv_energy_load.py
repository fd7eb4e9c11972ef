import pandas as pd
import numpy as np
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import HistGradientBoostingRegressor

frame = pd.read_csv("PJME_hourly.csv", parse_dates=["Datetime"], index_col="Datetime").sort_index()
frame = frame.interpolate(method="linear", limit_direction="both")
frame["lag_24"] = frame["PJME_MW"].shift(24)
frame = frame.dropna()
X, y = frame[['temp_f', 'humidity', 'cloud'] + ["lag_24"]], frame["PJME_MW"]

scores = []
for train_ix, test_ix in TimeSeriesSplit(n_splits=4).split(X):
    reg = HistGradientBoostingRegressor(max_iter=300)
    reg.fit(X.iloc[train_ix], y.iloc[train_ix])
    scores.append(reg.score(X.iloc[test_ix], y.iloc[test_ix]))
print(np.round(scores, 3))
