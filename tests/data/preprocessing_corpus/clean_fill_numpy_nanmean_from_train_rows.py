import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

data = np.genfromtxt("breast_cancer_missing.csv", delimiter=",", skip_header=1)
X, y = data[:, :-1], data[:, -1]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=8)
col_mean = np.nanmean(X_train, axis=0)
for part in (X_train, X_test):
    rows, cols = np.where(np.isnan(part))
    part[rows, cols] = np.take(col_mean, cols)
print(LogisticRegression(max_iter=2000).fit(X_train, y_train).score(X_test, y_test))
