import pandas as pd

frame = pd.read_csv("https://example.org/wine.csv")
frame = frame.dropna()
frame.to_parquet("wine.parquet")
