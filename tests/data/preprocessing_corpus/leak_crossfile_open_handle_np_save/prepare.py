import numpy as np

X = np.load("raw_spectra.npy")
X = (X - X.mean(axis=0)) / X.std(axis=0)
with open("spectra_std.npy", "wb") as f:
    np.save(f, X)
