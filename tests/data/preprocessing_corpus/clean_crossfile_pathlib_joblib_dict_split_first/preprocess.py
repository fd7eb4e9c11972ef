from pathlib import Path

import joblib
import pandas as pd
from sklearn.model_selection import train_test_split

DATA = Path("data")
ARTIFACT = DATA / "processed" / "arrays.joblib"

raw = pd.read_csv(DATA / "raw" / "kidney_disease.csv")
numeric = raw.select_dtypes("number").drop(columns=["id"])
y = (raw["classification"] == "ckd").astype(int).to_numpy()
X_train, X_test, y_train, y_test = train_test_split(numeric, y, test_size=0.25, stratify=y, random_state=0)
joblib.dump({"X_train": X_train, "X_test": X_test, "y_train": y_train, "y_test": y_test}, ARTIFACT)
