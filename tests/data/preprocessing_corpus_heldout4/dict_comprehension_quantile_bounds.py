import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import HuberRegressor

taxi = pd.read_parquet("yellow_tripdata_2023-01_sample.parquet")
num_cols = ["trip_distance", "fare_amount", "tip_amount", "tolls_amount"]
bounds = {c: (taxi[c].quantile(0.01), taxi[c].quantile(0.99)) for c in num_cols}
for c, (lo, hi) in bounds.items():
    taxi[c] = taxi[c].clip(lo, hi)
taxi["duration_min"] = (taxi["tpep_dropoff_datetime"] - taxi["tpep_pickup_datetime"]).dt.total_seconds() / 60

train, test = train_test_split(taxi, test_size=0.2, random_state=2023)
cols = ["trip_distance", "fare_amount", "tolls_amount"]
huber = HuberRegressor(max_iter=500).fit(train[cols], train["duration_min"])
print("test R2", huber.score(test[cols], test["duration_min"]))
