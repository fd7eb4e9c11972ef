import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X = np.load("X.npy")
y = np.load("y.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
scaler = StandardScaler().fit(X_train)
X_train = (X_train - scaler.mean_) / scaler.scale_
X_test = (X_test - scaler.mean_) / scaler.scale_
w = np.linalg.pinv(X_train) @ y_train
print(np.mean((X_test @ w - y_test) ** 2))
