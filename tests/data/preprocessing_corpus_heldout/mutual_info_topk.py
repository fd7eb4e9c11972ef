import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.feature_selection import mutual_info_classif
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import GaussianNB

X, y = load_breast_cancer(return_X_y=True)
mi = mutual_info_classif(X, y, random_state=0)
order = np.argsort(mi)[::-1]
X_top = X[:, order[:10]]

skf = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
accs = []
for train_index, test_index in skf.split(X_top, y):
    nb = GaussianNB().fit(X_top[train_index], y[train_index])
    accs.append(nb.score(X_top[test_index], y[test_index]))
print("10-fold accuracy: %.3f" % np.mean(accs))
