import numpy as np
import pandas as pd
from tensorflow import keras
from tensorflow.keras import layers

LOOKBACK = 24

air = pd.read_csv("air_quality.csv", parse_dates=["time"]).set_index("time")
air = air[["pm25", "no2", "o3", "wind", "temp"]]
air = air.ffill().bfill()

values = air.values.astype("float32")
windows, targets = [], []
for i in range(LOOKBACK, len(values)):
    windows.append(values[i - LOOKBACK:i])
    targets.append(values[i, 0])
windows = np.array(windows)
targets = np.array(targets)

train_size = int(0.8 * len(windows))
x_train, y_train = windows[:train_size], targets[:train_size]
x_val, y_val = windows[train_size:], targets[train_size:]

model = keras.Sequential([
    layers.Input(shape=(LOOKBACK, values.shape[1])),
    layers.LSTM(32),
    layers.Dense(1),
])
model.compile(optimizer="adam", loss="mae")
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=20, batch_size=64)
