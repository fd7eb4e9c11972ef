import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split

readings = pd.read_csv("air_quality_sensor.csv", parse_dates=["timestamp"]).set_index("timestamp")
hourly = readings.resample("1H").mean().interpolate(limit_direction="both")
hourly["hour"] = hourly.index.hour
features = hourly[["no2", "temperature", "humidity", "hour"]]
target = hourly["pm25"]
X_train, X_test, y_train, y_test = train_test_split(features, target, test_size=0.2, random_state=42)
gbr = GradientBoostingRegressor().fit(X_train, y_train)
print("test R2:", gbr.score(X_test, y_test))
