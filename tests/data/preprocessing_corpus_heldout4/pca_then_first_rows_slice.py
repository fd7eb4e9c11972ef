import numpy as np
from sklearn.datasets import fetch_olivetti_faces
from sklearn.decomposition import PCA
from sklearn.svm import SVC

faces = fetch_olivetti_faces(shuffle=True, random_state=0)
X, y = faces.data, faces.target
pca = PCA(n_components=80, whiten=True, random_state=0)
X_pca = pca.fit_transform(X)

X_train, y_train = X_pca[:300], y[:300]
X_test, y_test = X_pca[300:], y[300:]
svc = SVC(kernel="rbf", C=100, gamma=0.005).fit(X_train, y_train)
print("eigenfaces SVC accuracy on the last 100 faces:", np.mean(svc.predict(X_test) == y_test))
