import numpy as np
from sklearn.decomposition import PCA
from sklearn.svm import SVC

faces = np.load("olivetti_faces.npy").reshape(400, -1)
target = np.load("olivetti_faces_target.npy")
pca = PCA(n_components=100, whiten=True)
faces_pca = pca.fit_transform(faces)

rng = np.random.RandomState(0)
perm = rng.permutation(len(faces_pca))
n_train = 300
train_ids, test_ids = perm[:n_train], perm[n_train:]
svc = SVC(kernel="rbf", C=10, gamma=0.01).fit(faces_pca[train_ids], target[train_ids])
print("accuracy on the 100 other faces:", svc.score(faces_pca[test_ids], target[test_ids]))
