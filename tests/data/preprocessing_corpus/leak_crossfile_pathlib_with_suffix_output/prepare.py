from pathlib import Path

import pandas as pd

STEM = Path("artifacts") / "bank_marketing_clean"
bank = pd.read_csv("bank_marketing.csv", sep=";")
bank["balance"] = bank["balance"].clip(bank["balance"].quantile(0.01), bank["balance"].quantile(0.99))
bank.to_parquet(STEM.with_suffix(".parquet"))
