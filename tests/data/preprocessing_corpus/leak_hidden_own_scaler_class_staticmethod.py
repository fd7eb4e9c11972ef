import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier


class Prep:
    @staticmethod
    def range_scale(a):
        low, high = a.min(axis=0), a.max(axis=0)
        return (a - low) / (high - low)


X = np.load("signals.npy")
y = np.load("labels.npy")
X = Prep.range_scale(X)
X_train, X_test, y_train, y_test = train_test_split(X, y)
print(MLPClassifier(max_iter=300).fit(X_train, y_train).score(X_test, y_test))
