import numpy as np
import pandas as pd
from tensorflow import keras

load = pd.read_csv("substation_load.csv", parse_dates=["time"]).set_index("time")
load["mw"] = load["mw"].interpolate(method="spline", order=3)
series = load["mw"].to_numpy()
series = (series - 500.0) / 250.0

lookback = 96
X = np.array([series[i - lookback:i] for i in range(lookback, len(series))])
y = series[lookback:]

net = keras.Sequential([
    keras.layers.Input(shape=(lookback,)),
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(1),
])
net.compile("adam", "mae")
net.fit(X, y, epochs=20, batch_size=128, validation_split=0.2, shuffle=False)
