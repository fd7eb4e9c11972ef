"""Reads the raw CSV, scales it and stores the arrays for train_model.py."""
import joblib
import pandas as pd
from sklearn.preprocessing import StandardScaler

raw = pd.read_csv("data/raw/parkinsons.csv")
y = raw.pop("status").to_numpy()
X = raw.drop(columns=["name"]).to_numpy()
X = StandardScaler().fit_transform(X)
joblib.dump({"X": X, "y": y}, "data/interim/parkinsons_scaled.pkl")
