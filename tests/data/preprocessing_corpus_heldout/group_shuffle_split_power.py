import numpy as np
import pandas as pd
from sklearn.preprocessing import PowerTransformer
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier

gait = pd.read_csv("gait_windows.csv")
sensor_cols = [c for c in gait.columns if c.startswith(("acc_", "gyr_"))]
X = PowerTransformer(method="yeo-johnson").fit_transform(gait[sensor_cols])
y = gait["activity"].values
subjects = gait["subject"].values

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0)
train_idx, test_idx = next(gss.split(X, y, groups=subjects))
rf = RandomForestClassifier(n_estimators=300, random_state=0).fit(X[train_idx], y[train_idx])
print("unseen-subject accuracy:", rf.score(X[test_idx], y[test_idx]))
