import numpy as np
from datasets import load_dataset

ds = load_dataset("csv", data_files="wine_reviews_numeric.csv")["train"]
parts = ds.train_test_split(test_size=0.1, seed=42)
train_prices = np.array(parts["train"]["price"], dtype=float)
avg, spread = np.nanmean(train_prices), np.nanstd(train_prices)
parts = parts.map(lambda row: {"price_z": ((row["price"] or avg) - avg) / spread})
print(parts["train"].num_rows, parts["test"].num_rows)
