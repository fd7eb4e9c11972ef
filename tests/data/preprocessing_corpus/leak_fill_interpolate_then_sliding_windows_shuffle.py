import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

load = pd.read_csv("electricity_load.csv", parse_dates=["ts"]).set_index("ts")["mw"]
load = load.interpolate(method="time")
values = load.to_numpy()
window = 24
X = np.stack([values[i:i + window] for i in range(len(values) - window)])
y = values[window:]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, shuffle=True, random_state=0)
print(RandomForestRegressor(n_estimators=100).fit(X_train, y_train).score(X_test, y_test))
