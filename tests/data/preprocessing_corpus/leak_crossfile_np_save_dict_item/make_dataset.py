import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler

frame = pd.read_csv("occupancy.csv")
features = frame[["Temperature", "Humidity", "Light", "CO2"]].to_numpy()
features = MinMaxScaler().fit_transform(features)
np.save("occupancy.npy", {"X": features, "y": frame["Occupancy"].to_numpy()})
