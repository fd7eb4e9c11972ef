import numpy as np
import pandas as pd
from sklearn.model_selection import TimeSeriesSplit
from sklearn.linear_model import ElasticNet

demand = pd.read_csv("gas_demand_weekly.csv", parse_dates=["week"]).sort_values("week").reset_index(drop=True)
cols = ["hdd", "price", "industrial_index"]
errors = []
for train_idx, test_idx in TimeSeriesSplit(n_splits=4, test_size=26).split(demand):
    train = demand.iloc[train_idx].copy()
    test = demand.iloc[test_idx].copy()
    train[cols] = train[cols].ffill()
    test[cols] = pd.concat([train[cols].tail(1), test[cols]]).ffill().iloc[1:]
    model = ElasticNet(alpha=0.1).fit(train[cols].fillna(0), train["demand_twh"])
    errors.append(np.abs(model.predict(test[cols].fillna(0)) - test["demand_twh"]).mean())
print("MAE per fold", np.round(errors, 3))
