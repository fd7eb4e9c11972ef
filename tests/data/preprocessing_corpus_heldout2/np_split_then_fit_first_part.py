import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge

data = np.load("superconductivity.npy")
np.random.default_rng(42).shuffle(data)
train, val, test = np.split(data, [int(0.7 * len(data)), int(0.85 * len(data))])

scaler = StandardScaler().fit(train[:, :-1])
fit = lambda part: (scaler.transform(part[:, :-1]), part[:, -1])
(X_tr, y_tr), (X_va, y_va), (X_te, y_te) = fit(train), fit(val), fit(test)
ridge = max((Ridge(alpha=a).fit(X_tr, y_tr) for a in (0.1, 1, 10)), key=lambda m: m.score(X_va, y_va))
print(ridge.score(X_te, y_te))
