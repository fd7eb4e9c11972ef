import numpy as np

raw = np.genfromtxt("raw/turbine_sensors.csv", delimiter=",", skip_header=1)
X, y = raw[:, :-1], raw[:, -1]
lo, hi = X.min(axis=0), X.max(axis=0)
X = (X - lo) / (hi - lo)
np.save("features/X.npy", X)
np.save("features/y.npy", y)
