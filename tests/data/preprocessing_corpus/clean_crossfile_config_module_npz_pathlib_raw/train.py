import numpy as np
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler

from settings import FEATURES_NPZ

arrays = np.load(FEATURES_NPZ)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
model = make_pipeline(MinMaxScaler(), KNeighborsClassifier(7))
print(cross_val_score(model, arrays["features"], arrays["labels"], cv=cv).mean())
