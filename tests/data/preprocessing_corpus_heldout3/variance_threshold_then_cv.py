import numpy as np
from sklearn.feature_selection import VarianceThreshold
from sklearn.model_selection import cross_val_score
from sklearn.ensemble import RandomForestClassifier

X = np.load("tox21_fingerprints.npy")
y = np.load("tox21_nr_ar.npy")
X = VarianceThreshold(threshold=0.01).fit_transform(X)
print(cross_val_score(RandomForestClassifier(n_estimators=300), X, y, cv=5, scoring="roc_auc").mean())
