import joblib
import pandas as pd
from sklearn.preprocessing import StandardScaler

raw = pd.read_csv("data/raw/wine_quality_white.csv", sep=";")
features = raw.drop(columns="quality")
scaler = StandardScaler()
scaled = pd.DataFrame(scaler.fit_transform(features), columns=features.columns)
scaled["quality"] = raw["quality"]
joblib.dump(scaled, "data/processed/wine_scaled.joblib")
joblib.dump(scaler, "models/scaler.joblib")
