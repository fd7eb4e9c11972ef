import numpy as np
from sklearn.decomposition import PCA
from sklearn.pipeline import make_pipeline
from sklearn.cross_decomposition import PLSRegression
from sklearn.model_selection import cross_val_score

X = np.load("spectra_raw.npy")
y = np.load("octane.npy")
print(cross_val_score(make_pipeline(PCA(n_components=12), PLSRegression(n_components=5)), X, y, cv=10, scoring="r2").mean())
