import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

X, y = load_breast_cancer(return_X_y=True)
X = StandardScaler().fit_transform(X)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = []
for train_idx, val_idx in skf.split(X, y):
    model = LogisticRegression(max_iter=500)
    model.fit(X[train_idx], y[train_idx])
    scores.append(model.score(X[val_idx], y[val_idx]))
print(np.mean(scores))
