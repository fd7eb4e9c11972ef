import numpy as np
import pandas as pd
import tensorflow as tf

load = pd.read_csv("substation_load.csv", parse_dates=["ts"]).set_index("ts").sort_index()
load = load.bfill()
X = load[["temp", "hour", "lag_24"]].values.astype("float32")
y = load["load"].values.astype("float32")
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation="relu"), tf.keras.layers.Dense(1)])
model.compile("adam", "mse")
model.fit(X, y, epochs=20, validation_split=0.2, shuffle=True)
