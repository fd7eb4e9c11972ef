import numpy as np
import pandas as pd

frame = pd.read_csv("occupancy.csv")
features = frame[["Temperature", "Humidity", "Light", "CO2"]].to_numpy()
np.save("occupancy.npy", {"X": features, "y": frame["Occupancy"].to_numpy()})
