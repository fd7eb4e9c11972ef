import numpy as np
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.svm import LinearSVC

from settings import PROCESSED

archive = np.load(PROCESSED)
X, y = archive["features"], archive["labels"]
scores = cross_val_score(LinearSVC(C=0.5), X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0))
print(scores.mean())
