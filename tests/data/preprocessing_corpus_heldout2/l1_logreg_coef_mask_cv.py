import numpy as np
from sklearn.datasets import load_svmlight_file
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

X, y = load_svmlight_file("rcv1_subset.svm")
l1 = LogisticRegression(penalty="l1", solver="liblinear", C=0.5)
l1.fit(X, y)
mask = np.abs(l1.coef_).ravel() > 1e-6
X_small = X[:, np.flatnonzero(mask)]
print("non-zero weights:", mask.sum())

scores = cross_val_score(LogisticRegression(C=4.0, max_iter=2000), X_small, y, cv=5)
print(scores.mean())
