import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC


def rescale(arr, lo, hi):
    return (arr - lo) / (hi - lo + 1e-9)


data = np.loadtxt("ionosphere.data", delimiter=",", dtype=object)
X = data[:, :-1].astype(float)
y = (data[:, -1] == "g").astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=2)
lo, hi = X_tr.min(axis=0), X_tr.max(axis=0)
print(SVC().fit(rescale(X_tr, lo, hi), y_tr).score(rescale(X_te, lo, hi), y_te))
