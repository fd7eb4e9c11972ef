import pandas as pd
import tensorflow as tf

ticks = pd.read_csv("ticks.csv")
ticks = ticks.fillna(method="pad", limit=5)
values = ticks[["bid", "ask", "volume"]].to_numpy("float32")
targets = ticks["mid_next"].to_numpy("float32")
ds = tf.data.Dataset.from_tensor_slices((values, targets))
train_ds = ds.take(50000).batch(256)
valid_ds = ds.skip(50000).batch(256)
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation="relu"), tf.keras.layers.Dense(1)])
model.compile("adam", "mse")
model.fit(train_ds, validation_data=valid_ds, epochs=3)
