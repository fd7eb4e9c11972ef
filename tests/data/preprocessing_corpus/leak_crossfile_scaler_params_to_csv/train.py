import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import GroupShuffleSplit

params = pd.read_csv("scaler_params.csv", index_col=0)
sensors = pd.read_csv("turbofan.csv")
cols = list(params.index)
sensors[cols] = (sensors[cols] - params["mean"]) / params["scale"]
train_idx, test_idx = next(GroupShuffleSplit(test_size=0.2, random_state=0).split(sensors, groups=sensors["unit"]))
rf = RandomForestRegressor().fit(sensors.iloc[train_idx][cols], sensors.iloc[train_idx]["RUL"])
print(rf.score(sensors.iloc[test_idx][cols], sensors.iloc[test_idx]["RUL"]))
