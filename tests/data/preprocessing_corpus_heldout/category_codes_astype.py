import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier

flights = pd.read_csv("flights.csv", low_memory=False)
for c in ["carrier", "origin", "dest"]:
    flights[c] = flights[c].astype("category").cat.codes

flights["dep_hour"] = flights["crs_dep_time"] // 100
features = ["carrier", "origin", "dest", "dep_hour", "distance", "month"]
X_train, X_test, y_train, y_test = train_test_split(
    flights[features], flights["arr_delay"] > 15, test_size=0.2, random_state=0
)
hgb = HistGradientBoostingClassifier(categorical_features=[0, 1, 2]).fit(X_train, y_train)
print(hgb.score(X_test, y_test))
