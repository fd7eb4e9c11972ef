import numpy as np
from sklearn.preprocessing import StandardScaler

X = np.load("raw/X.npy")
y = np.load("raw/y.npy")
X_std = StandardScaler().fit_transform(X)
for name, array in {"features": X_std, "targets": y}.items():
    np.save(f"prepared/{name}.npy", array)
