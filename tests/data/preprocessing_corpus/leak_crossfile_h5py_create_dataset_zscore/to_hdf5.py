import h5py
import numpy as np

H5_PATH = "spectra.h5"
spectra = np.genfromtxt("spectra.csv", delimiter=",", skip_header=1)
X, y = spectra[:, 1:], spectra[:, 0]
X = (X - X.mean(axis=0, keepdims=True)) / X.std(axis=0, keepdims=True)
with h5py.File(H5_PATH, "w") as h5:
    h5.create_dataset("X", data=X, compression="gzip")
    h5.create_dataset("y", data=y)
