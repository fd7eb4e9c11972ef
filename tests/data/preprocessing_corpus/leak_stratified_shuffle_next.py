import numpy as np
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.preprocessing import QuantileTransformer
from sklearn.ensemble import RandomForestClassifier

X = np.load("genes.npy")
y = np.load("tumor_type.npy")
X = QuantileTransformer(output_distribution="normal").fit_transform(X)

sss = StratifiedShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
train_idx, test_idx = next(sss.split(X, y))
rf = RandomForestClassifier().fit(X[train_idx], y[train_idx])
print(rf.score(X[test_idx], y[test_idx]))
