import joblib
import pandas as pd
from src.features import build_features

raw = pd.read_csv("data/raw/credit_card_default.csv")
money = [c for c in raw.columns if c.startswith(("BILL_AMT", "PAY_AMT"))] + ["LIMIT_BAL"]
table = build_features(raw, money)
joblib.dump(table, "data/processed/table.joblib")
