import numpy as np
import pandas as pd

readings = pd.read_csv("turbine_readings.csv")
sensor_cols = [c for c in readings.columns if c.startswith("s_")]
readings[sensor_cols] = (readings[sensor_cols] - readings[sensor_cols].mean()) / readings[sensor_cols].std()
with pd.HDFStore("features.h5", mode="w") as store:
    store["sensors"] = readings[sensor_cols]
    store["target"] = readings["fault"]
