import joblib
import pandas as pd
from sklearn.preprocessing import MinMaxScaler

full = pd.read_csv("data/occupancy.csv")
sensor_cols = ["Temperature", "Humidity", "Light", "CO2", "HumidityRatio"]
scaler = MinMaxScaler().fit(full[sensor_cols])
joblib.dump(scaler, "models/minmax.joblib")
