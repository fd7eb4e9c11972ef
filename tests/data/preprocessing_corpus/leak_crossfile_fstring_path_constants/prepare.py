import pandas as pd
from sklearn.preprocessing import MinMaxScaler

DATASET = "bearing"
DATA_DIR = "data"

frame = pd.read_csv(f"{DATA_DIR}/{DATASET}_raw.csv")
sensor_cols = [c for c in frame.columns if c.startswith("ch")]
frame[sensor_cols] = MinMaxScaler().fit_transform(frame[sensor_cols])
frame.to_csv(f"{DATA_DIR}/{DATASET}_scaled.csv", index=False)
