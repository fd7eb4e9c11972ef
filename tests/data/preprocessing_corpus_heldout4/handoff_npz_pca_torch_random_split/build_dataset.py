import numpy as np
from sklearn.decomposition import PCA

spectra = np.load("raw/nir_spectra.npy")
protein = np.load("raw/protein_pct.npy")
codes = PCA(n_components=30).fit_transform(spectra)
np.savez("processed/nir_pca30.npz", X=codes.astype(np.float32), y=protein.astype(np.float32))
