import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor

load = pd.read_csv("electricity_load.csv", parse_dates=["ts"]).set_index("ts")["mw"]
cut = int(len(load) * 0.8)
train_series = load.iloc[:cut].interpolate(method="time")
test_series = load.iloc[cut:].ffill()
window = 24


def windows(values):
    return np.stack([values[i:i + window] for i in range(len(values) - window)]), values[window:]


X_train, y_train = windows(train_series.to_numpy())
X_test, y_test = windows(test_series.to_numpy())
print(RandomForestRegressor(n_estimators=100).fit(X_train, y_train).score(X_test, y_test))
