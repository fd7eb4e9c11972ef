import numpy as np
from sklearn.preprocessing import MinMaxScaler

splits = {"train": np.load("train.npy"), "val": np.load("val.npy"), "test": np.load("test.npy")}
scaler = MinMaxScaler().fit(splits["train"])
scaled = {name: scaler.transform(arr) for name, arr in splits.items()}
np.savez("scaled.npz", **scaled)
