import numpy as np
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import SVC

d = np.load("arrays/reduced.npz")
X, y = d["X"], d["y"]
acc = []
for tr, te in StratifiedKFold(n_splits=5, shuffle=True, random_state=3).split(X, y):
    acc.append(SVC(C=10, gamma="scale").fit(X[tr], y[tr]).score(X[te], y[te]))
print("genre accuracy", np.mean(acc))
