from functools import partial

import numpy as np
from sklearn.model_selection import KFold
from sklearn.linear_model import Ridge


def standardize(x, mean, std):
    return (x - mean) / std


data = np.genfromtxt("concrete.csv", delimiter=",", skip_header=1)
X, y = data[:, :-1], data[:, -1]
scale = partial(standardize, mean=X.mean(axis=0), std=X.std(axis=0))
X = scale(X)
for tr, te in KFold(n_splits=10, shuffle=True, random_state=0).split(X):
    print(Ridge().fit(X[tr], y[tr]).score(X[te], y[te]))
