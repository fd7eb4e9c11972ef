import numpy as np

X = np.load("X_raw.npy")
np.save("col_mean.npy", X.mean(axis=0))
np.save("col_std.npy", X.std(axis=0))
