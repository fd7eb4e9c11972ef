import pandas as pd

sensor = pd.read_csv("bearing_vibration.csv", parse_dates=["ts"]).set_index("ts").sort_index()
sensor = sensor.interpolate(method="time", limit_direction="both")
sensor.reset_index().to_feather("bearing_clean.feather")
