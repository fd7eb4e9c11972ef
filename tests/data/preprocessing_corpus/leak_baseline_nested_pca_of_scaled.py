import numpy as np
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

faces = np.load("olivetti_faces.npy").reshape(400, -1)
target = np.load("olivetti_faces_target.npy")
X_pca = PCA(n_components=0.95, whiten=True).fit_transform(StandardScaler().fit_transform(faces))
X_train, X_test, y_train, y_test = train_test_split(X_pca, target, test_size=0.25, stratify=target, random_state=0)
print(SVC(kernel="rbf", C=10).fit(X_train, y_train).score(X_test, y_test))
