import numpy as np
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.ensemble import ExtraTreesClassifier

bundle = np.load("data/segments_ready.npz")
X, y = bundle["features"], bundle["labels"]
print(cross_val_score(ExtraTreesClassifier(), X, y, cv=StratifiedKFold(5, shuffle=True)).mean())
