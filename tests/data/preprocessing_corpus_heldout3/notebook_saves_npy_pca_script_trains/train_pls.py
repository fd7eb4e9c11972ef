import numpy as np
from sklearn.cross_decomposition import PLSRegression
from sklearn.model_selection import cross_val_score

Z = np.load("reduced_spectra.npy")
y = np.load("octane.npy")
print(cross_val_score(PLSRegression(n_components=5), Z, y, cv=10, scoring="r2").mean())
