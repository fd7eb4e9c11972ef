import numpy as np
from sklearn.preprocessing import StandardScaler

X = np.load("raw_features.npy")
y = np.load("raw_labels.npy")
X_scaled = StandardScaler().fit_transform(X)
np.save("X_scaled.npy", X_scaled)
np.save("y.npy", y)
