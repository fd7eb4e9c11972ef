import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import ExtraTreesRegressor


def compute_stats(a):
    return {"lo": np.quantile(a, 0.01, axis=0), "hi": np.quantile(a, 0.99, axis=0)}


X = np.load("steel_X.npy")
y = np.load("steel_y.npy")
s = compute_stats(X)
X = (X - s["lo"]) / (s["hi"] - s["lo"])
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(ExtraTreesRegressor().fit(X_train, y_train).score(X_test, y_test))
