import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import SGDRegressor


class Standardizer:
    """A tiny scaler, to avoid depending on sklearn.preprocessing in the course."""

    def fit(self, X):
        self.mu, self.sd = X.mean(axis=0), X.std(axis=0) + 1e-8
        return self

    def transform(self, X):
        return (X - self.mu) / self.sd


data = np.loadtxt("concrete.csv", delimiter=",", skiprows=1)
X, y = data[:, :-1], data[:, -1]
X = Standardizer().fit(X).transform(X)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
reg = SGDRegressor(max_iter=5000, tol=1e-6).fit(X_tr, y_tr)
print(reg.score(X_te, y_te))
