import numpy as np
from sklearn.decomposition import PCA
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC

from settings import PROCESSED

archive = np.load(PROCESSED)
X, y = archive["features"], archive["labels"]
model = make_pipeline(StandardScaler(), PCA(n_components=60), LinearSVC(C=0.5))
print(cross_val_score(model, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0)).mean())
