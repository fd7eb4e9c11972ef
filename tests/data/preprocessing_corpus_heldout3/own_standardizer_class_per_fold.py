import numpy as np
from sklearn.model_selection import KFold
from sklearn.linear_model import Ridge


class Standardizer:
    def fit(self, X):
        self.mu = X.mean(axis=0)
        self.sigma = X.std(axis=0) + 1e-8
        return self

    def transform(self, X):
        return (X - self.mu) / self.sigma


X = np.genfromtxt("ccpp_features.csv", delimiter=",", skip_header=1)
y = np.genfromtxt("ccpp_target.csv", delimiter=",", skip_header=1)
errs = []
for tr, te in KFold(5, shuffle=True, random_state=0).split(X):
    st = Standardizer().fit(X[tr])
    errs.append(Ridge().fit(st.transform(X[tr]), y[tr]).score(st.transform(X[te]), y[te]))
print(np.mean(errs))
