import pandas as pd

logs = pd.read_csv("server_logs.csv")
logs["latency"] = logs["latency"].fillna(logs["latency"].median())
logs["latency_z"] = (logs["latency"] - logs["latency"].mean()) / logs["latency"].std()
for day, part in logs.groupby("day"):
    part.to_parquet(f"prepared/day={day}.parquet")
