import numpy as np

data = np.load("experiment.npz")
X, y = data["X"], data["y"]
n_train = int(0.8 * len(X))
X_train, X_test = X[:n_train], X[n_train:]
y_train, y_test = y[:n_train], y[n_train:]

mean = X_train.mean(axis=0)
std = X_train.std(axis=0) + 1e-8
X_train = (X_train - mean) / std
X_test = (X_test - mean) / std

w, *_ = np.linalg.lstsq(X_train, y_train, rcond=None)
print("test mse", np.mean((X_test @ w - y_test) ** 2))
