import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import ShuffleSplit
from sklearn.linear_model import SGDRegressor

X = np.load("year_prediction_msd_X.npy")
y = np.load("year_prediction_msd_y.npy")
X = StandardScaler().fit_transform(X)
ss = ShuffleSplit(n_splits=3, test_size=0.1, random_state=0)
for tr, te in ss.split(X):
    print(SGDRegressor(max_iter=20).fit(X[tr], y[tr]).score(X[te], y[te]))
