import numpy as np
from sklearn.linear_model import LogisticRegression

X = np.loadtxt("spam_features.txt")
y = np.loadtxt("spam_labels.txt")

mu = np.mean(X, axis=0)
sigma = np.std(X, axis=0)
X = (X - mu) / sigma

rng = np.random.default_rng(0)
perm = rng.permutation(len(X))
train_idx, test_idx = perm[:3000], perm[3000:]
clf = LogisticRegression().fit(X[train_idx], y[train_idx])
print(clf.score(X[test_idx], y[test_idx]))
