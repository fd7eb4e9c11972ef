import pandas as pd

RAW = "data/raw/listings.csv"
OUT = "data/features/listings_fe.csv"

listings = pd.read_csv(RAW)
listings["price_per_guest"] = listings["price"] / listings["accommodates"]
neigh_mean = listings.groupby("neighbourhood")["price"].transform("mean")
listings["neigh_price_ratio"] = listings["price"] / neigh_mean
listings.to_csv(OUT, index=False)
