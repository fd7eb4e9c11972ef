import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import ExtraTreesClassifier

cycles = pd.read_csv("cmapss_fd001_cycles.csv").sort_values(["unit", "cycle"])
sensor_cols = [c for c in cycles.columns if c.startswith("s_")]
cycles[sensor_cols] = cycles.groupby("unit")[sensor_cols].bfill()
cycles["fails_soon"] = (cycles["rul"] <= 30).astype(int)

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=5)
train_idx, test_idx = next(gss.split(cycles, groups=cycles["unit"]))
train, test = cycles.iloc[train_idx], cycles.iloc[test_idx]
et = ExtraTreesClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1)
et.fit(train[sensor_cols], train["fails_soon"])
print("held-out units accuracy:", et.score(test[sensor_cols], test["fails_soon"]))
