import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

ion = pd.read_csv("ionosphere.data", header=None)
X = ion.iloc[:, :34].to_numpy(dtype=float)
y = (ion.iloc[:, 34] == "g").astype(int).to_numpy()
X = (X - X.mean(axis=0)) / (X.std(axis=0) + 1e-9)

X_train, y_train = X[:250], y[:250]
X_test, y_test = X[250:], y[250:]
clf = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print("test accuracy", clf.score(X_test, y_test))
print("train accuracy", clf.score(X_train, y_train))
print("sizes", len(X_train), len(X_test))
