import numpy as np
from sklearn.datasets import fetch_olivetti_faces
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

faces = fetch_olivetti_faces()
X, y = faces.data, faces.target
pca = PCA(n_components=150, whiten=True, random_state=0)
X_pca = pca.fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_pca, y, stratify=y, random_state=0)
svc = SVC(kernel="rbf", C=10).fit(X_train, y_train)
print(svc.score(X_test, y_test))
