import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge


class RangeScaler:
    def fit(self, X):
        self.lo, self.hi = X.min(axis=0), X.max(axis=0)
        return self

    def transform(self, X):
        return (X - self.lo) / (self.hi - self.lo + 1e-12)


data = np.loadtxt("concrete.csv", delimiter=",", skiprows=1)
X_tr, X_te, y_tr, y_te = train_test_split(data[:, :-1], data[:, -1], test_size=0.2, random_state=0)
rs = RangeScaler().fit(X_tr)
ridge = Ridge(alpha=0.3).fit(rs.transform(X_tr), y_tr)
print(ridge.score(rs.transform(X_te), y_te))
