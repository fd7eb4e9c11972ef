import polars as pl

trips = pl.read_csv("yellow_tripdata.csv")
trips = trips.with_columns(
    ((pl.col("fare_amount") - pl.col("fare_amount").mean()) / pl.col("fare_amount").std()).alias("fare_z")
)
trips.write_parquet("trips_features.parquet")
