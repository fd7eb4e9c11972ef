import numpy as np
from sklearn.cross_validation import KFold
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVR

data = np.loadtxt("yacht_hydrodynamics.data")
X, y = data[:, :6], data[:, 6]
errors = []
for train_index, test_index in KFold(len(X), n_folds=5, shuffle=True, random_state=1):
    scaler = MinMaxScaler().fit(X[train_index])
    svr = SVR(C=100).fit(scaler.transform(X[train_index]), y[train_index])
    errors.append(np.abs(svr.predict(scaler.transform(X[test_index])) - y[test_index]).mean())
print(np.mean(errors))
