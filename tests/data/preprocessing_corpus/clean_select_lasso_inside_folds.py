import numpy as np
from sklearn.linear_model import LassoCV, Ridge
from sklearn.model_selection import KFold

X = np.load("expression.npy")
y = np.load("response.npy")
scores = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=0).split(X):
    lasso = LassoCV(cv=3).fit(X[tr], y[tr])
    keep = np.flatnonzero(lasso.coef_)
    ridge = Ridge().fit(X[tr][:, keep], y[tr])
    scores.append(ridge.score(X[te][:, keep], y[te]))
print(np.mean(scores))
