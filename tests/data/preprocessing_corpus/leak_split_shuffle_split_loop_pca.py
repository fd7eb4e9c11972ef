import numpy as np
from sklearn.decomposition import PCA
from sklearn.model_selection import ShuffleSplit
from sklearn.neighbors import KNeighborsClassifier

faces = np.load("faces.npy").reshape(400, -1)
ids = np.load("ids.npy")
proj = PCA(n_components=40, whiten=True).fit_transform(faces)
for train_rows, test_rows in ShuffleSplit(n_splits=3, test_size=0.25).split(proj):
    knn = KNeighborsClassifier(1).fit(proj[train_rows], ids[train_rows])
    print(knn.score(proj[test_rows], ids[test_rows]))
