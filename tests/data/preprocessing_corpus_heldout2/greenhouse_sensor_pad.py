# Greenhouse climate: predict whether the vents open in the next hour
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier

readings = pd.read_csv("greenhouse_2021.csv", parse_dates=["ts"]).sort_values("ts")
sensor_cols = ["temp_in", "temp_out", "humidity", "co2", "par"]

# the loggers drop out now and then, carry the last reading forward
readings[sensor_cols] = readings[sensor_cols].fillna(method="pad")
readings = readings.dropna(subset=["vents_open_next_h"])

X = readings[sensor_cols]
y = readings["vents_open_next_h"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=3)
clf = HistGradientBoostingClassifier(max_iter=300).fit(X_tr, y_tr)
print("accuracy", clf.score(X_te, y_te))
