import pandas as pd

events = pd.read_csv("events.csv", parse_dates=["ts"])
events["year"] = events["ts"].dt.year
events.to_parquet("lake/events", partition_cols=["year"])
