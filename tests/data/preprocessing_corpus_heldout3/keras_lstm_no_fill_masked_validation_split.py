import numpy as np
import pandas as pd
from tensorflow import keras

weather = pd.read_csv("jena_climate_2009_2016.csv", parse_dates=["Date Time"], dayfirst=True, index_col="Date Time")
weather = weather[["p (mbar)", "T (degC)", "rh (%)", "wv (m/s)"]]
values = weather.fillna(0.0).to_numpy(dtype="float32")
present = (~weather.isna().any(axis=1)).to_numpy()

window = 72
starts = [i for i in range(len(values) - window - 1) if present[i:i + window + 2].all()]
X = np.stack([values[i:i + window] for i in starts])
y = np.array([values[i + window + 1, 1] for i in starts])

net = keras.Sequential([keras.layers.Input((window, 4)), keras.layers.LSTM(32), keras.layers.Dense(1)])
net.compile(optimizer="adam", loss="mse")
net.fit(X, y, epochs=5, batch_size=256, validation_split=0.2)
