import numpy as np
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression

X = np.load("faces_flat.npy")
y = np.load("faces_ids.npy")
U, S, Vt = np.linalg.svd(X, full_matrices=False)
X_proj = X @ Vt[:50].T
print(cross_val_score(LogisticRegression(max_iter=2000), X_proj, y, cv=5).mean())
