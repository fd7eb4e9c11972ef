import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from utils.preprocessing import zscore

X = np.load("spambase_X.npy")
y = np.load("spambase_y.npy")
X = zscore(X)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0)
print(LogisticRegression(max_iter=2000).fit(X_tr, y_tr).score(X_te, y_te))
