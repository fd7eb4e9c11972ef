import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler

frame = pd.read_csv("higgs_sample.csv")
arrays = {
    "X": StandardScaler().fit_transform(frame.drop(columns="label")),
    "y": frame["label"].to_numpy(),
}
np.savez_compressed("higgs_arrays.npz", **arrays)
