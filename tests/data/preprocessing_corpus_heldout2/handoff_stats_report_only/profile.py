import json
import pandas as pd

sales = pd.read_csv("data/sales.csv")
report = {c: {"mean": float(sales[c].mean()), "std": float(sales[c].std())} for c in ["units", "price", "discount"]}
with open("reports/profile.json", "w") as fh:
    json.dump(report, fh, indent=2)
sales.to_parquet("data/sales.parquet")
