import numpy as np
from sklearn.preprocessing import MinMaxScaler
from sklearn.neighbors import KNeighborsRegressor

X = np.load("X.npy")
y = np.load("y.npy")
X = MinMaxScaler().fit_transform(X)
X_tr, X_va, X_te = np.split(X, [int(0.7 * len(X)), int(0.85 * len(X))])
y_tr, y_va, y_te = np.split(y, [int(0.7 * len(y)), int(0.85 * len(y))])
knn = KNeighborsRegressor().fit(X_tr, y_tr)
print(knn.score(X_va, y_va), knn.score(X_te, y_te))
