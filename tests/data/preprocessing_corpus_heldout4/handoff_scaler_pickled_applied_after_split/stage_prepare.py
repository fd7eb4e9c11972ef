import pickle

import pandas as pd
from sklearn.preprocessing import StandardScaler

FEATURES = ["radius_mean", "texture_mean", "perimeter_mean", "area_mean", "smoothness_mean", "concavity_mean"]

raw = pd.read_csv("data/wdbc.csv")
scaler = StandardScaler().fit(raw[FEATURES])
with open("models/scaler.pkl", "wb") as f:
    pickle.dump(scaler, f)
raw.to_csv("data/wdbc_checked.csv", index=False)
