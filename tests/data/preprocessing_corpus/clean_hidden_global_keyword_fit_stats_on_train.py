import numpy as np
from sklearn.model_selection import train_test_split
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
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
fit_stats(X_train)
clf = MLPClassifier(max_iter=300).fit(normalise(X_train), y_train)
print(clf.score(normalise(X_test), y_test))
