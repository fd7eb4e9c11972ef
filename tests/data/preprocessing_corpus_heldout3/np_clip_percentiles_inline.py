import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

arr = np.load("blog_feedback.npy")
X, y = arr[:, :-1], arr[:, -1]
X = np.clip(X, np.percentile(X, 1, axis=0), np.percentile(X, 99, axis=0))
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
print(GradientBoostingRegressor().fit(X_tr, y_tr).score(X_te, y_te))
