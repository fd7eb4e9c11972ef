import numpy as np
import pandas as pd

raw = pd.read_csv("raw/kc_house_data.csv", parse_dates=["date"])
raw = raw[raw["bedrooms"].between(1, 12) & (raw["price"] > 0)]
raw["age_at_sale"] = raw["date"].dt.year - raw["yr_built"]
raw["living_to_lot"] = raw["sqft_living"] / raw["sqft_lot"]
raw["log_price"] = np.log(raw["price"])
raw["renovated"] = (raw["yr_renovated"] > 0).astype(int)
raw.drop(columns=["id", "date"]).to_parquet("clean/houses.parquet")
