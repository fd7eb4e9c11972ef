import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from utils.preprocessing import fit_zscore, apply_zscore

X = np.load("spambase_X.npy")
y = np.load("spambase_y.npy")
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0)
stats = fit_zscore(X_tr)
print(LogisticRegression(max_iter=2000).fit(apply_zscore(X_tr, stats), y_tr).score(apply_zscore(X_te, stats), y_te))
