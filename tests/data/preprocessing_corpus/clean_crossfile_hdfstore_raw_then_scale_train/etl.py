import pandas as pd

readings = pd.read_csv("turbine_readings.csv")
sensor_cols = [c for c in readings.columns if c.startswith("s_")]
with pd.HDFStore("features.h5", mode="w") as store:
    store["sensors"] = readings[sensor_cols]
    store["target"] = readings["fault"]
