import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.cross_validation import StratifiedShuffleSplit
from sklearn.linear_model import LogisticRegression

X = np.loadtxt("optdigits.tra", delimiter=",")[:, :64]
y = np.loadtxt("optdigits.tra", delimiter=",")[:, 64]
X = StandardScaler().fit_transform(X)
sss = StratifiedShuffleSplit(y, n_iter=5, test_size=0.2, random_state=0)
print([LogisticRegression().fit(X[a], y[a]).score(X[b], y[b]) for a, b in sss])
