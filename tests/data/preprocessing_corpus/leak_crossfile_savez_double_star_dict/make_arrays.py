import numpy as np
from sklearn.preprocessing import StandardScaler

raw = np.loadtxt("data/segments.csv", delimiter=",", skiprows=1)
arrays = {"features": StandardScaler().fit_transform(raw[:, :-1]), "labels": raw[:, -1]}
np.savez_compressed("data/segments_ready.npz", **arrays)
