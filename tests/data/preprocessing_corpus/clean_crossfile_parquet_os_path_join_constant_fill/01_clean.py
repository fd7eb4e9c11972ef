import os

import pandas as pd

DATA_DIR = os.environ.get("DATA_DIR", "input")
OUT_DIR = os.path.join(DATA_DIR, "interim")

loans = pd.read_csv(os.path.join(DATA_DIR, "loan_data.csv"))
num_cols = loans.select_dtypes("number").columns
loans[num_cols] = loans[num_cols].fillna(-1)
os.makedirs(OUT_DIR, exist_ok=True)
loans.to_parquet(os.path.join(OUT_DIR, "loans_clean.parquet"), index=False)
