"""Entry point: train the face classifier on data/faces_pca.npy.

Usage: python run_train.py (after run_features.py)
"""
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X = np.load("data/faces_pca.npy")
y = np.load("data/olivetti_targets.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
svc = SVC(kernel="rbf", C=1000, gamma="scale").fit(X_train, y_train)
print("face recognition accuracy:", svc.score(X_test, y_test))
