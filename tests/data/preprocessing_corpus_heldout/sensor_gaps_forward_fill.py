# Predict machine failure from hourly sensor readings.
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score

readings = pd.read_csv("sensors_hourly.csv", parse_dates=["timestamp"])
readings = readings.sort_values("timestamp").reset_index(drop=True)

print(readings.isna().mean().sort_values(ascending=False).head(10))

# sensors drop out for a few hours at a time, carry the last reading
readings = readings.fillna(method="ffill")

feature_cols = [c for c in readings.columns if c.startswith("s_")]
readings["s_mean"] = readings[feature_cols].mean(axis=1)
readings["s_range"] = readings[feature_cols].max(axis=1) - readings[feature_cols].min(axis=1)

X = readings[feature_cols + ["s_mean", "s_range"]]
y = readings["failure_24h"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, shuffle=False)

clf = GradientBoostingClassifier(n_estimators=300, max_depth=3)
clf.fit(X_train, y_train)
print("AUC", roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))
