import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import HuberRegressor

X = np.load("telemetry.npy")
y = np.load("failure_time.npy")
lo, hi = np.percentile(X, [1, 99], axis=0)
X = np.clip(X, lo, hi)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(HuberRegressor().fit(X_train, y_train).score(X_test, y_test))
