import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC


def make_normalizer(data):
    mu = data.mean(axis=0)
    sigma = data.std(axis=0)
    return lambda batch: (batch - mu) / sigma


X = np.load("gesture_features.npy")
y = np.load("gesture_labels.npy")
normalize = make_normalizer(X)
X = normalize(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
