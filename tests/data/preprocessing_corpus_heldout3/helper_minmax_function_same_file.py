import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC


def rescale(arr):
    lo, hi = arr.min(axis=0), arr.max(axis=0)
    return (arr - lo) / (hi - lo + 1e-9)


data = np.loadtxt("ionosphere.data", delimiter=",", dtype=object)
X = rescale(data[:, :-1].astype(float))
y = (data[:, -1] == "g").astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=2)
print(SVC().fit(X_tr, y_tr).score(X_te, y_te))
