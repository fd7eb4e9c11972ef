import numpy as np

X = np.load("raw/X.npy")
y = np.load("raw/y.npy")
for name, array in {"features": X, "targets": y}.items():
    np.save(f"prepared/{name}.npy", array)
