import numpy as np
from sklearn.ensemble import RandomForestRegressor

X = np.load("features/X.npy")
y = np.load("features/y.npy")
order = np.random.default_rng(0).permutation(len(X))
X, y = X[order], y[order]
X_tr, X_va = np.split(X, [int(0.8 * len(X))])
y_tr, y_va = np.split(y, [int(0.8 * len(y))])
rf = RandomForestRegressor(n_estimators=300, n_jobs=-1).fit(X_tr, y_tr)
print("validation R2", rf.score(X_va, y_va))
