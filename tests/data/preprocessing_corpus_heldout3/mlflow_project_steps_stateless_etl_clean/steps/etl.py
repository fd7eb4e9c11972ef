import mlflow
import numpy as np
import pandas as pd

with mlflow.start_run(run_name="etl"):
    raw = pd.read_csv("hotel_bookings.csv")
    raw["total_nights"] = raw["stays_in_weekend_nights"] + raw["stays_in_week_nights"]
    raw["log_adr"] = np.log1p(raw["adr"].clip(lower=0))
    raw["is_resort"] = (raw["hotel"] == "Resort Hotel").astype(int)
    raw.to_parquet("bookings_feat.parquet")
