import numpy as np
import pandas as pd
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import GradientBoostingRegressor

demand = pd.read_csv("output/demand_clean.csv", parse_dates=["datetime"])
for k in (1, 24, 168):
    demand[f"lag_{k}"] = demand["load"].shift(k)
demand = demand.dropna()
cols = ["lag_1", "lag_24", "lag_168", "temperature"]
mape = []
for tr, te in TimeSeriesSplit(n_splits=4).split(demand):
    gbr = GradientBoostingRegressor().fit(demand.iloc[tr][cols], demand.iloc[tr]["load"])
    pred = gbr.predict(demand.iloc[te][cols])
    mape.append(np.mean(np.abs(pred / demand.iloc[te]["load"] - 1)))
print("MAPE", np.mean(mape))
