import sys
import pandas as pd
from sklearn.preprocessing import MinMaxScaler

in_path, out_path = sys.argv[1], sys.argv[2]
df = pd.read_csv(in_path)
num_cols = ["tenure", "MonthlyCharges", "TotalCharges"]
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0)
df[num_cols] = MinMaxScaler().fit_transform(df[num_cols])
df.to_parquet(out_path)
