import numpy as np
from sklearn.datasets import fetch_openml
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

madelon = fetch_openml("madelon", version=1, as_frame=False)
X, y = madelon.data, madelon.target
ranker = ExtraTreesClassifier(n_estimators=500, n_jobs=-1, random_state=3).fit(X, y)
order = np.argsort(ranker.feature_importances_)[::-1]
X_top = X[:, order[:15]]

X_tr, X_te, y_tr, y_te = train_test_split(X_top, y, test_size=0.3, random_state=3)
knn = KNeighborsClassifier(n_neighbors=9).fit(X_tr, y_tr)
print("kNN on 15 selected features:", knn.score(X_te, y_te))
