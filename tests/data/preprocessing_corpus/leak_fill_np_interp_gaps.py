import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

signal = np.loadtxt("turbine_power.csv", delimiter=",", skiprows=1)
power = signal[:, 1]
gaps = np.isnan(power)
power[gaps] = np.interp(np.flatnonzero(gaps), np.flatnonzero(~gaps), power[~gaps])
X = np.column_stack([signal[:, 0], power])
y = signal[:, 2]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=3)
print(Ridge(alpha=1.0).fit(X_train, y_train).score(X_test, y_test))
