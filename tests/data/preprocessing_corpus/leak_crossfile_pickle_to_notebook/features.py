import pickle
import numpy as np
from sklearn.decomposition import PCA

images = np.load("faces.npy").reshape(400, -1)
labels = np.load("face_ids.npy")
components = PCA(n_components=50, whiten=True).fit_transform(images)
with open("pca_features.pkl", "wb") as fh:
    pickle.dump((components, labels), fh)
