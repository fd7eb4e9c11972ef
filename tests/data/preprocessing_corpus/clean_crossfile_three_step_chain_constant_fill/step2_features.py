import numpy as np
import pandas as pd

trips = pd.read_parquet("stage1.parquet")
trips["log_distance"] = np.log1p(trips["distance"])
trips["hour"] = pd.to_datetime(trips["pickup"]).dt.hour
trips.to_parquet("stage2.parquet")
