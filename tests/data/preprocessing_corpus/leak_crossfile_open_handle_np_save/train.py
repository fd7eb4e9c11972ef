import numpy as np
from sklearn.cross_decomposition import PLSRegression
from sklearn.model_selection import KFold, cross_val_score

with open("spectra_std.npy", "rb") as f:
    X = np.load(f)
y = np.load("protein.npy")
print(cross_val_score(PLSRegression(n_components=8), X, y, cv=KFold(5, shuffle=True)).mean())
