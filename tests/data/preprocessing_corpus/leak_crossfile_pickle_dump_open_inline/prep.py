import pickle

import numpy as np
from sklearn.decomposition import PCA

X = np.load("mnist_flat.npy") / 255.0
y = np.load("mnist_labels.npy")
X = PCA(n_components=50).fit_transform(X)
pickle.dump((X, y), open("mnist_pca.pkl", "wb"))
