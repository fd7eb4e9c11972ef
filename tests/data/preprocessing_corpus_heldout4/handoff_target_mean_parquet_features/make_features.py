import numpy as np
import pandas as pd

cars = pd.read_csv("raw/craigslist_vehicles_small.csv")
cars = cars[(cars["price"] > 500) & (cars["price"] < 150000)]
cars["log_price"] = np.log(cars["price"])
cars["age"] = 2021 - cars["year"]
cars["brand_price"] = cars["manufacturer"].map(cars.groupby("manufacturer")["log_price"].mean())
cars[["brand_price", "age", "odometer", "log_price"]].dropna().to_parquet("features/vehicles.parquet")
