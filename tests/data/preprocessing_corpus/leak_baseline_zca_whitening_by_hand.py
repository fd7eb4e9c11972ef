import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.load("cifar_gray_flat.npy").astype(np.float64)
y = np.load("cifar_labels.npy")
X = X - X.mean(axis=0)
cov = np.cov(X, rowvar=False)
U, S, _ = np.linalg.svd(cov)
X_white = X @ U @ np.diag(1.0 / np.sqrt(S + 1e-5)) @ U.T
X_train, X_test, y_train, y_test = train_test_split(X_white, y, test_size=0.2)
print(LogisticRegression(max_iter=200).fit(X_train, y_train).score(X_test, y_test))
