import numpy as np
from sklearn.linear_model import LogisticRegression

X = np.loadtxt("magic_gamma_telescope.csv", delimiter=",", usecols=range(10))
y = np.loadtxt("magic_gamma_telescope.csv", delimiter=",", usecols=10, dtype=str) == "g"
perm = np.random.default_rng(0).permutation(len(y))
train_idx, test_idx = perm[: int(0.7 * len(y))], perm[int(0.7 * len(y)):]
mu, sd = X[train_idx].mean(0), X[train_idx].std(0)
clf = LogisticRegression(max_iter=1000).fit((X[train_idx] - mu) / sd, y[train_idx])
print(clf.score((X[test_idx] - mu) / sd, y[test_idx]))
