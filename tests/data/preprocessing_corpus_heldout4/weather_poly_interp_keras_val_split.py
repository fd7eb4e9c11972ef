import numpy as np
import pandas as pd
import keras
from keras import layers

jena = pd.read_csv("jena_climate_2009_2016.csv", parse_dates=["Date Time"], dayfirst=True)
daily = jena.set_index("Date Time").resample("D").mean(numeric_only=True)
daily = daily.interpolate(method="polynomial", order=2)

window = 14
values = daily[["T (degC)", "p (mbar)", "rh (%)", "wv (m/s)"]].to_numpy("float32")
X = np.stack([values[i - window:i] for i in range(window, len(values))])
y = values[window:, 0]

model = keras.Sequential([layers.Input((window, 4)), layers.GRU(32), layers.Dense(1)])
model.compile(optimizer="adam", loss="mae")
history = model.fit(X, y, epochs=20, batch_size=64, validation_split=0.15, shuffle=False)
print("best val MAE", min(history.history["val_loss"]))
