import numpy as np
import scipy.io as sio

raw = sio.loadmat("raw/emg_recordings.mat")
X = raw["features"]
X = (X - X.mean(axis=0)) / X.std(axis=0)
sio.savemat("processed/emg_standardized.mat", {"X": X, "y": raw["labels"].ravel()})
