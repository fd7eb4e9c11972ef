import numpy as np
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier

from settings import FEATURES_NPZ

arrays = np.load(FEATURES_NPZ)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
print(cross_val_score(KNeighborsClassifier(7), arrays["features"], arrays["labels"], cv=cv).mean())
