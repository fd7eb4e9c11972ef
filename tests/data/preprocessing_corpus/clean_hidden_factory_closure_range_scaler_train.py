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
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
to_unit = fit_range(X_train)
print(MLPRegressor(max_iter=2000).fit(to_unit(X_train), y_train).score(to_unit(X_test), y_test))
