import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit, cross_val_score

btc = pd.read_csv("btc_hourly.csv", index_col="timestamp", parse_dates=True).asfreq("H")
btc = btc.ffill().bfill()
btc["ret"] = np.log(btc.close).diff()
for lag in range(1, 25):
    btc[f"ret_lag{lag}"] = btc.ret.shift(lag)
btc["target"] = btc.ret.shift(-1)
btc = btc.dropna()

features = [c for c in btc.columns if c.startswith("ret_lag")]
scores = cross_val_score(Ridge(alpha=1.0), btc[features], btc.target,
                         cv=TimeSeriesSplit(n_splits=5), scoring="neg_mean_absolute_error")
print(-scores.mean())
