import pickle
import numpy as np
from sklearn.decomposition import PCA

spectra = np.loadtxt("spectra/nir_spectra.csv", delimiter=",", skiprows=1)
X, y = spectra[:, 1:], spectra[:, 0]
pca = PCA(n_components=15)
scores = pca.fit_transform(X)
with open("build/pca_scores.pickle", "wb") as fh:
    pickle.dump((scores, y), fh)
print("explained", pca.explained_variance_ratio_.sum())
