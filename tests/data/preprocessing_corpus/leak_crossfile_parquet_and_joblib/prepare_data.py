import joblib
import pandas as pd
from sklearn.preprocessing import MinMaxScaler

df = pd.read_csv("data/raw.csv")
cols = [c for c in df.columns if c != "target"]
scaler = MinMaxScaler()
df[cols] = scaler.fit_transform(df[cols])
joblib.dump(scaler, "artifacts/scaler.joblib")
df.to_parquet("data/processed.parquet")
