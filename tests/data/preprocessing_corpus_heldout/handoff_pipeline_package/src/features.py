"""Feature extraction helpers shared by the run_* scripts."""
import numpy as np
from sklearn.decomposition import PCA


def reduce_and_save(matrix, out_path, n_components=50):
    pca = PCA(n_components=n_components, random_state=0)
    reduced = pca.fit_transform(matrix)
    np.save(out_path, reduced)
    return reduced
