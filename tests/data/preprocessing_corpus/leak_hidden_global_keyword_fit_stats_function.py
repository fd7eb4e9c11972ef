import numpy as np
from sklearn.model_selection import KFold, cross_val_score
from sklearn.neural_network import MLPClassifier

MU = None
SIGMA = None


def fit_stats(arr):
    global MU, SIGMA
    MU, SIGMA = arr.mean(axis=0), arr.std(axis=0)


def normalise(arr):
    return (arr - MU) / SIGMA


X = np.load("gestures.npy")
y = np.load("gesture_labels.npy")
fit_stats(X)
X = normalise(X)
print(cross_val_score(MLPClassifier(max_iter=300), X, y, cv=KFold(5, shuffle=True, random_state=0)).mean())
