import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.ensemble import HistGradientBoostingClassifier

X = np.load("gene_expression_X.npy")
y = np.load("gene_expression_y.npy")
X = np.log2(X + 1.0)
sparse_lr = LogisticRegression(penalty="l1", solver="liblinear", C=0.05).fit(X, y)
genes = np.flatnonzero(np.any(sparse_lr.coef_ != 0, axis=0))
print(len(genes), "genes selected")

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
print(cross_val_score(HistGradientBoostingClassifier(), X[:, genes], y, cv=cv).mean())
