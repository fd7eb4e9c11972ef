import numpy as np
from sklearn.preprocessing import RobustScaler
from sklearn.svm import SVR

arr = np.loadtxt("airfoil_self_noise.dat")
rng = np.random.default_rng(123)
rng.shuffle(arr)
X, y = arr[:, :5], arr[:, 5]
X = RobustScaler().fit_transform(X)
X_train, X_val, X_test = np.array_split(X, [1000, 1250])
y_train, y_val, y_test = np.array_split(y, [1000, 1250])
best = max((SVR(C=c).fit(X_train, y_train).score(X_val, y_val), c) for c in (1, 10, 100))
print(best, SVR(C=best[1]).fit(X_train, y_train).score(X_test, y_test))
