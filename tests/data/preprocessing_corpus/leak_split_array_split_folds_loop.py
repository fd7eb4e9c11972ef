import numpy as np
from sklearn.preprocessing import RobustScaler
from sklearn.svm import SVR

data = np.load("battery_cycles.npy")
X, y = RobustScaler().fit_transform(data[:, :-1]), data[:, -1]
folds = np.array_split(np.random.permutation(len(X)), 5)
for i, held in enumerate(folds):
    rest = np.concatenate([f for j, f in enumerate(folds) if j != i])
    print(i, SVR().fit(X[rest], y[rest]).score(X[held], y[held]))
