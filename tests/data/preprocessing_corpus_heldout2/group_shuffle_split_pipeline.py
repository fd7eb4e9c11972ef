import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestClassifier

gait = pd.read_csv("gait_sensors.csv")
cols = [c for c in gait.columns if c.startswith(("acc_", "gyr_"))]
tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=7).split(gait, groups=gait["subject"]))
train, test = gait.iloc[tr], gait.iloc[te]

model = make_pipeline(StandardScaler(), RandomForestClassifier(n_estimators=300))
model.fit(train[cols], train["activity"])
print(model.score(test[cols], test["activity"]))
