import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC


def centre(a, mu=None):
    mu = a.mean(axis=0) if mu is None else mu
    return a - mu


X = np.load("spectra.npy")
y = np.load("classes.npy")
X = centre(X)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3)
print(SVC().fit(X_tr, y_tr).score(X_te, y_te))
