import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Perceptron


def fit_stats(block):
    return block.mean(axis=0), block.std(axis=0) + 1e-8


def apply_stats(block, stats):
    mean, std = stats
    return (block - mean) / std


data = np.genfromtxt("sonar.csv", delimiter=",")
X, y = data[:, :-1], data[:, -1]
X_a, X_b, y_a, y_b = train_test_split(X, y, test_size=0.3, random_state=2)

stats = fit_stats(X_a)
clf = Perceptron(max_iter=200).fit(apply_stats(X_a, stats), y_a)
print([round(clf.score(apply_stats(part, stats), lab), 3) for part, lab in ((X_a, y_a), (X_b, y_b))])
