import numpy as np
from sklearn.linear_model import LogisticRegression

X_train, y_train = np.load("X_train.npy"), np.load("y_train.npy")
X_test, y_test = np.load("X_test.npy"), np.load("y_test.npy")
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
