import numpy as np
from sklearn.cross_validation import KFold
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVR

data = np.loadtxt("yacht_hydrodynamics.data")
X, y = data[:, :6], data[:, 6]
X = MinMaxScaler().fit_transform(X)

errors = []
kf = KFold(len(X), n_folds=5, shuffle=True, random_state=1)
for train_index, test_index in kf:
    svr = SVR(C=100, epsilon=0.1).fit(X[train_index], y[train_index])
    errors.append(np.abs(svr.predict(X[test_index]) - y[test_index]).mean())
print("MAE per fold:", np.round(errors, 3))
print("mean MAE:", np.mean(errors))
