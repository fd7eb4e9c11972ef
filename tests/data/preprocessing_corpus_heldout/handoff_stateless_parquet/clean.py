"""Clean the raw order export.

Only per-row operations here: constant fills, logs and calendar fields.
Anything learned from the data belongs in train.py, after the split.
"""
import numpy as np
import pandas as pd

orders = pd.read_csv("raw/orders.csv", parse_dates=["ordered_at"])
orders["basket_value"] = orders["basket_value"].fillna(0.0)
orders["log_value"] = np.log1p(orders["basket_value"])
orders["hour"] = orders["ordered_at"].dt.hour
orders["weekend"] = orders["ordered_at"].dt.dayofweek >= 5
orders.to_parquet("clean/orders.parquet")
