import numpy as np
from datasets import load_dataset

ds = load_dataset("csv", data_files="wine_reviews_numeric.csv")["train"]
points = np.array(ds["price"], dtype=float)
avg, spread = np.nanmean(points), np.nanstd(points)
ds = ds.map(lambda row: {"price_z": ((row["price"] or avg) - avg) / spread})
parts = ds.train_test_split(test_size=0.1, seed=42)
print(parts["train"].num_rows, parts["test"].num_rows)
