import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.utils import shuffle
from sklearn.linear_model import LogisticRegression

X = np.load("cleveland_X.npy")
y = np.load("cleveland_y.npy")
X = SimpleImputer(strategy="mean").fit_transform(X)
X, y = shuffle(X, y, random_state=13)

n_test = len(X) // 4
X_test, y_test = X[:n_test], y[:n_test]
X_train, y_train = X[n_test:], y[n_test:]
clf = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print("held-out accuracy", clf.score(X_test, y_test))
