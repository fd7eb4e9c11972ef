import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

data = np.genfromtxt("breast_cancer_missing.csv", delimiter=",", skip_header=1)
X, y = data[:, :-1], data[:, -1]
col_mean = np.nanmean(X, axis=0)
inds = np.where(np.isnan(X))
X[inds] = np.take(col_mean, inds[1])
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=8)
print(LogisticRegression(max_iter=2000).fit(X_train, y_train).score(X_test, y_test))
