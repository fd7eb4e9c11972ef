import pandas as pd
from sklearn.ensemble import RandomForestClassifier

logs = pd.read_csv("machine_logs.csv", parse_dates=["ts"]).sort_values("ts")
cut = logs["ts"].quantile(0.8)
train = logs[logs["ts"] <= cut].copy()
test = logs[logs["ts"] > cut].copy()

cols = ["vibration", "temperature", "pressure", "rpm"]
train[cols] = train[cols].ffill()
test[cols] = test[cols].ffill()
train, test = train.dropna(subset=cols), test.dropna(subset=cols)

clf = RandomForestClassifier(n_estimators=300, random_state=0)
clf.fit(train[cols], train["failure_24h"])
print(clf.score(test[cols], test["failure_24h"]))
