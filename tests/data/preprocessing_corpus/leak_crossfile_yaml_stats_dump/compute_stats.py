import pandas as pd
import yaml

df = pd.read_csv("data/bike_sharing.csv")
stats = {}
for col in ["temp", "atemp", "hum", "windspeed"]:
    stats[col] = {"min": float(df[col].min()), "max": float(df[col].max())}
with open("stats.yaml", "w") as f:
    yaml.safe_dump(stats, f)
