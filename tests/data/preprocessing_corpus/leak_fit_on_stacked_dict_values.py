import numpy as np
from sklearn.preprocessing import StandardScaler

splits = {name: np.load(f"{name}.npy") for name in ("train", "val", "test")}
scaler = StandardScaler().fit(np.vstack([splits["train"], splits["val"], splits["test"]]))
scaled = {name: scaler.transform(arr) for name, arr in splits.items()}
np.savez("scaled.npz", **scaled)
