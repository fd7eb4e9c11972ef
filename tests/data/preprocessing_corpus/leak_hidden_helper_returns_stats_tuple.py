import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR


def get_stats(arr):
    return arr.mean(axis=0), arr.std(axis=0)


def standardise(arr, mean, std):
    return (arr - mean) / std


X = np.loadtxt("yacht_hydrodynamics.data")[:, :6]
y = np.loadtxt("yacht_hydrodynamics.data")[:, 6]
m, s = get_stats(X)
X = standardise(X, m, s)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3)
print(SVR(C=100).fit(X_train, y_train).score(X_test, y_test))
