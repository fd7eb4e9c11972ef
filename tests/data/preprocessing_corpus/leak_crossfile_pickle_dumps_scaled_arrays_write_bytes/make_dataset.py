import pickle
import pathlib

import numpy as np

OUT_FILE = pathlib.Path("data/processed") / "wine.pickle"

raw = np.loadtxt("winequality-red.csv", delimiter=";", skiprows=1)
X, y = raw[:, :-1], raw[:, -1]
X = (X - X.min(axis=0)) / (X.max(axis=0) - X.min(axis=0))
OUT_FILE.parent.mkdir(parents=True, exist_ok=True)
OUT_FILE.write_bytes(pickle.dumps({"X": X, "y": y}))
