import mlflow
import pandas as pd

with mlflow.start_run(run_name="etl"):
    raw = pd.read_csv("hotel_bookings.csv")
    wide = pd.get_dummies(raw, columns=["hotel", "meal", "market_segment", "deposit_type"])
    wide.to_parquet("bookings_wide.parquet")
    mlflow.log_artifact("bookings_wide.parquet")
