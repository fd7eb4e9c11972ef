from pathlib import Path

import joblib
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import RobustScaler

DATA = Path("data")
ARTIFACT = DATA / "processed" / "arrays.joblib"

raw = pd.read_csv(DATA / "raw" / "kidney_disease.csv")
numeric = raw.select_dtypes("number").drop(columns=["id"])
filled = SimpleImputer(strategy="median").fit_transform(numeric)
scaled = RobustScaler().fit_transform(filled)
joblib.dump({"X": scaled, "y": (raw["classification"] == "ckd").astype(int).to_numpy()}, ARTIFACT)
