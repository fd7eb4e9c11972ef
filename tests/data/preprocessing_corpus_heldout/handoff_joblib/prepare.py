"""Step 1: build the feature matrix. Run before train.py."""
import joblib
import pandas as pd
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("data/raw/energy_efficiency.csv")
X = df.drop(columns=["heating_load", "cooling_load"]).values
y = df["heating_load"].values

scaler = StandardScaler()
X_scaled = scaler.fit_transform(X)

joblib.dump((X_scaled, y), "data/processed/features.joblib")
print("saved", X_scaled.shape)
