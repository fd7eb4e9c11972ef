import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier

readings = pd.read_csv("machine_readings.csv").sort_values("ts")
readings = readings.ffill()
msk = np.random.rand(len(readings)) < 0.75
train = readings[msk]
test = readings[~msk]
cols = ["vibration", "temp", "pressure"]
clf = RandomForestClassifier().fit(train[cols], train["fault"])
print(clf.score(test[cols], test["fault"]))
