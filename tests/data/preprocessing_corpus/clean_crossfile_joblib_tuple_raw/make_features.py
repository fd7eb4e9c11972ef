import os

import joblib
import pandas as pd

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
raw = pd.read_csv(os.path.join(DATA_DIR, "credit.csv"))
y = raw.pop("default").values
raw["debt_ratio"] = raw["debt"] / (raw["income"] + 1)
joblib.dump((raw.values, y), os.path.join(DATA_DIR, "features.pkl"))
