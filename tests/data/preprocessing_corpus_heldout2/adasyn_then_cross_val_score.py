import numpy as np
from imblearn.over_sampling import ADASYN
from sklearn.model_selection import cross_val_score, StratifiedKFold
from sklearn.linear_model import LogisticRegression

data = np.load("thyroid.npz")
X, y = data["X"], data["y"]
X_bal, y_bal = ADASYN(random_state=0).fit_resample(X, y)
print("after resampling:", np.bincount(y_bal))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
f1 = cross_val_score(LogisticRegression(max_iter=3000), X_bal, y_bal, cv=cv, scoring="f1")
print("F1 %.3f" % f1.mean())
