import pandas as pd

trips = pd.read_csv("taxi_trips.csv")
trips = trips[trips["fare"] > 0]
trips["distance"] = trips["distance"].fillna(trips["distance"].median())
trips.to_parquet("stage1.parquet")
