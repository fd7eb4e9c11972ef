"""Entry point: compute the PCA features of the Olivetti faces.

Usage: python run_features.py
Then run run_train.py.
"""
import numpy as np
from src.features import reduce_and_save

pixels = np.load("data/olivetti_faces.npy").reshape(400, -1)
reduce_and_save(pixels, "data/faces_pca.npy", n_components=60)
