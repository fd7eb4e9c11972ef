import numpy as np
from sklearn.decomposition import PCA

X = np.load("arrays/mfcc_features.npy")
y = np.load("arrays/genres.npy")
X_pca = PCA(n_components=40, random_state=0).fit_transform(X)
np.savez_compressed("arrays/reduced.npz", X=X_pca, y=y)
