import pandas as pd
from sklearn.svm import SVR
from sklearn.model_selection import cross_val_score, ShuffleSplit

df = pd.read_csv("process_plant.csv")
sensor_cols = [c for c in df.columns if c.startswith("sensor_")]
df[sensor_cols] = df[sensor_cols].apply(lambda col: col.interpolate(method="linear"))
scores = cross_val_score(SVR(), df[sensor_cols], df["yield"], cv=ShuffleSplit(n_splits=5, test_size=0.2))
print(scores.mean())
