import numpy as np
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import ElasticNet

rng = np.random.default_rng(42)
data = np.load("superconductivity.npy")
rng.shuffle(data)
X, y = data[:, :-1], data[:, -1]
X = RobustScaler().fit_transform(X)

n = len(X)
X_train, X_val, X_test = np.split(X, [int(0.7 * n), int(0.85 * n)])
y_train, y_val, y_test = np.split(y, [int(0.7 * n), int(0.85 * n)])
best = max((ElasticNet(alpha=a, l1_ratio=0.5).fit(X_train, y_train) for a in (0.01, 0.1, 1.0)),
           key=lambda m: m.score(X_val, y_val))
print("test R2", best.score(X_test, y_test))
