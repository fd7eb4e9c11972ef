import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import HuberRegressor

X = np.load("sensor_X.npy")
y = np.load("sensor_y.npy")
X = np.clip(X, *np.percentile(X, [1, 99], axis=0))
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=3)
print(HuberRegressor().fit(X_train, y_train).score(X_test, y_test))
