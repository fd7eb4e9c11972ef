import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor


class Standardizer:
    def __init__(self):
        self.mu = None
        self.sigma = None

    def __call__(self, X):
        if self.mu is None:
            self.mu = X.mean(axis=0)
            self.sigma = X.std(axis=0)
        return (X - self.mu) / self.sigma


features = np.load("superconductivity_X.npy")
critical_temp = np.load("superconductivity_y.npy")
X_tr, X_te, y_tr, y_te = train_test_split(features, critical_temp, test_size=0.2, random_state=0)
standardize = Standardizer()
X_tr = standardize(X_tr)
X_te = standardize(X_te)
print(GradientBoostingRegressor().fit(X_tr, y_tr).score(X_te, y_te))
