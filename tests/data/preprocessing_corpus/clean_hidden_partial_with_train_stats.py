from functools import partial

import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge


def standardize(x, mean, std):
    return (x - mean) / std


data = np.genfromtxt("concrete.csv", delimiter=",", skip_header=1)
X, y = data[:, :-1], data[:, -1]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
scale = partial(standardize, mean=X_train.mean(axis=0), std=X_train.std(axis=0))
print(Ridge().fit(scale(X_train), y_train).score(scale(X_test), y_test))
