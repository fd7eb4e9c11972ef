import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

X, y = load_breast_cancer(return_X_y=True)
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = []
for fold, (tr, va) in enumerate(skf.split(X, y)):
    scaler = StandardScaler().fit(X[tr])
    model = LogisticRegression(max_iter=500).fit(scaler.transform(X[tr]), y[tr])
    scores.append(model.score(scaler.transform(X[va]), y[va]))
    print(fold, scores[-1])
print(np.mean(scores))
