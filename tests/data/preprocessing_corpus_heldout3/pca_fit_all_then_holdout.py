import numpy as np
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

X = np.load("isolet_X.npy")
y = np.load("isolet_y.npy")
pca = PCA(n_components=0.95, svd_solver="full").fit(X)
Z = pca.transform(X)
Z_tr, Z_te, y_tr, y_te = train_test_split(Z, y, test_size=0.2, random_state=0)
print(LinearSVC(C=0.5).fit(Z_tr, y_tr).score(Z_te, y_te))
