import h5py
from sklearn.cross_decomposition import PLSRegression
from sklearn.model_selection import train_test_split

H5_PATH = "spectra.h5"
with h5py.File(H5_PATH, "r") as h5:
    X = h5["X"][:]
    y = h5["y"][:]
X_cal, X_val, y_cal, y_val = train_test_split(X, y, test_size=0.33, random_state=7)
pls = PLSRegression(n_components=8).fit(X_cal, y_cal)
print(pls.score(X_val, y_val))
