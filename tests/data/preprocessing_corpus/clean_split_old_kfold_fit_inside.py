import numpy as np
from sklearn.cross_validation import KFold
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

X = np.loadtxt("sonar_X.txt")
y = np.loadtxt("sonar_y.txt")
for train_index, test_index in KFold(len(y), n_folds=10):
    scaler = StandardScaler().fit(X[train_index])
    model = LogisticRegression().fit(scaler.transform(X[train_index]), y[train_index])
    print(model.score(scaler.transform(X[test_index]), y[test_index]))
