import numpy as np
from sklearn.preprocessing import MinMaxScaler
from sklearn.neighbors import KNeighborsRegressor

X = np.load("X.npy")
y = np.load("y.npy")
X_tr, X_te = np.split(X, [int(0.8 * len(X))])
y_tr, y_te = np.split(y, [int(0.8 * len(y))])
scaler = MinMaxScaler().fit(X_tr)
knn = KNeighborsRegressor().fit(scaler.transform(X_tr), y_tr)
print(knn.score(scaler.transform(X_te), y_te))
