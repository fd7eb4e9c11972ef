from collections import namedtuple

import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR

Norm = namedtuple("Norm", ["mean", "std"])

data = np.loadtxt("airfoil_self_noise.dat")
X, y = data[:, :5], data[:, 5]
norm = Norm(X.mean(axis=0), X.std(axis=0))
X = (X - norm.mean) / norm.std
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
print(SVR(C=50).fit(X_tr, y_tr).score(X_te, y_te))
