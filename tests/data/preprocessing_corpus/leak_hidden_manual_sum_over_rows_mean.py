import numpy as np
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

faces = np.load("olivetti.npy").reshape(400, -1)
labels = np.load("olivetti_targets.npy")
mean_face = faces.sum(axis=0) / faces.shape[0]
centred = faces - mean_face
X_train, X_test, y_train, y_test = train_test_split(centred, labels, stratify=labels, random_state=0)
pca = PCA(60).fit(X_train)
print(LogisticRegression(max_iter=1000).fit(pca.transform(X_train), y_train).score(pca.transform(X_test), y_test))
