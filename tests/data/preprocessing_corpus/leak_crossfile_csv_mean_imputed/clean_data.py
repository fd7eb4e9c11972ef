import pandas as pd

raw = pd.read_csv("raw_listings.csv")
raw["sqft"] = raw["sqft"].fillna(raw["sqft"].mean())
raw["year"] = raw["year"].fillna(raw["year"].median())
raw.to_csv("listings_clean.csv", index=False)
