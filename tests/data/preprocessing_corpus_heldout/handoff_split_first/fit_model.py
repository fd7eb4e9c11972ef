"""Parkinson's voice data: fit the SVM on the saved, already scaled splits.

make_splits.py must have been run first; it splits, then scales with
statistics of the training split.
"""
import numpy as np
from sklearn.svm import SVC

X_train, y_train = np.load("splits/X_train.npy"), np.load("splits/y_train.npy")
X_test, y_test = np.load("splits/X_test.npy"), np.load("splits/y_test.npy")
svc = SVC(C=10, gamma=0.05).fit(X_train, y_train)
print("test accuracy:", svc.score(X_test, y_test))
print("train accuracy:", svc.score(X_train, y_train))
