import os

import joblib
import pandas as pd
from sklearn.preprocessing import QuantileTransformer

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")

raw = pd.read_csv(os.path.join(DATA_DIR, "credit.csv"))
y = raw.pop("default").values
qt = QuantileTransformer(output_distribution="normal")
X = qt.fit_transform(raw.values)
joblib.dump((X, y), os.path.join(DATA_DIR, "features.pkl"))
