import pandas as pd
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import HistGradientBoostingRegressor


def fill_gaps(frame):
    return frame.bfill().ffill()


load = pd.read_csv("grid_load.csv", parse_dates=["ts"]).set_index("ts").pipe(fill_gaps)
X = load[["temp", "humidity", "hour"]].values
y = load["load_mw"].values
for tr, te in TimeSeriesSplit(n_splits=5).split(X):
    model = HistGradientBoostingRegressor().fit(X[tr], y[tr])
    print(model.score(X[te], y[te]))
