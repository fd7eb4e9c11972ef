import os

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

X = np.load(os.getenv("FEATURES_X"))
y = np.load(os.getenv("LABELS_Y"))
print(cross_val_score(LogisticRegression(max_iter=1000), X, y, cv=StratifiedKFold(5, shuffle=True)).mean())
