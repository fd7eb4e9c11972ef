import numpy as np
from sklearn.decomposition import PCA

RAW = "data/raw_pixels.npy"
OUT = "data/pca_dataset.npz"
pixels = np.load(RAW)
labels = np.load("data/raw_labels.npy")
reduced = PCA(n_components=64).fit_transform(pixels)
np.savez(OUT, X=reduced, y=labels)
