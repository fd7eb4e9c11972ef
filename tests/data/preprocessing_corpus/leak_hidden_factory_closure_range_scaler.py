import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPRegressor


def fit_range(arr):
    lo = arr.min(axis=0)
    span = arr.max(axis=0) - lo

    def apply(batch):
        return (batch - lo) / span

    return apply


data = np.loadtxt("concrete.csv", delimiter=",", skiprows=1)
X, y = data[:, :-1], data[:, -1]
to_unit = fit_range(X)
X = to_unit(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(MLPRegressor(max_iter=2000).fit(X_train, y_train).score(X_test, y_test))
