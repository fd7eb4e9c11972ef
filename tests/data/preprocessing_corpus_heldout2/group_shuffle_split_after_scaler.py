import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestClassifier

gait = pd.read_csv("gait_sensors.csv")
sensor_cols = [c for c in gait.columns if c.startswith(("acc_", "gyr_"))]
gait[sensor_cols] = StandardScaler().fit_transform(gait[sensor_cols])

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=7)
train_idx, test_idx = next(gss.split(gait, gait["activity"], groups=gait["subject"]))
train, test = gait.iloc[train_idx], gait.iloc[test_idx]
rf = RandomForestClassifier(n_estimators=300).fit(train[sensor_cols], train["activity"])
print("unseen-subject accuracy", rf.score(test[sensor_cols], test["activity"]))
