import pandas as pd

from io_utils import save_table

bikes = pd.read_csv("bike_sharing.csv")
bikes["temp_z"] = (bikes["temp"] - bikes["temp"].mean()) / bikes["temp"].std()
save_table(bikes, path="bikes_features.parquet")
