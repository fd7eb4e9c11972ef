import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

X = np.load("X_raw.npy")
y = np.load("y.npy")
X = (X - np.load("col_mean.npy")) / np.load("col_std.npy")
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
print(LogisticRegression(max_iter=1000).fit(X_tr, y_tr).score(X_te, y_te))
