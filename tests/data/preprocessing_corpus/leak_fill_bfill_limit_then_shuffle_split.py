import pandas as pd
from sklearn.model_selection import ShuffleSplit
from sklearn.linear_model import LinearRegression

sensor = pd.read_csv("bearing_vibration.csv")
sensor = sensor.bfill(limit=3)
sensor = sensor.dropna()
X = sensor[["rms", "kurtosis", "peak"]].values
y = sensor["rul"].values
for tr, te in ShuffleSplit(n_splits=3, test_size=0.2, random_state=0).split(X):
    lr = LinearRegression().fit(X[tr], y[tr])
    print(lr.score(X[te], y[te]))
