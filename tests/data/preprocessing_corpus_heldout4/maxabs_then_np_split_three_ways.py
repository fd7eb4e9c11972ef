import numpy as np
import pandas as pd
from sklearn.preprocessing import MaxAbsScaler
from sklearn.linear_model import SGDClassifier

sensors = pd.read_csv("gas_sensor_drift.csv")
feat_cols = [c for c in sensors.columns if c.startswith("f")]
sensors[feat_cols] = MaxAbsScaler().fit_transform(sensors[feat_cols])

train, validate, test = np.split(sensors.sample(frac=1, random_state=42), [int(0.6 * len(sensors)), int(0.8 * len(sensors))])
best = None
for alpha in (1e-5, 1e-4, 1e-3):
    clf = SGDClassifier(alpha=alpha, max_iter=2000).fit(train[feat_cols], train["gas"])
    acc = clf.score(validate[feat_cols], validate["gas"])
    if best is None or acc > best[0]:
        best = (acc, clf)
print("test accuracy", best[1].score(test[feat_cols], test["gas"]))
