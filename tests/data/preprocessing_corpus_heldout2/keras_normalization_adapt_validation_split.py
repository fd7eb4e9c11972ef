import numpy as np
import pandas as pd
import tensorflow as tf

auto = pd.read_csv("auto-mpg.csv", na_values="?").dropna()
features = auto.drop(columns=["mpg", "car name"]).to_numpy("float32")
labels = auto["mpg"].to_numpy("float32")

normalizer = tf.keras.layers.Normalization(axis=-1)
normalizer.adapt(features)

model = tf.keras.Sequential([normalizer, tf.keras.layers.Dense(64, activation="relu"),
                             tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(1)])
model.compile(loss="mean_absolute_error", optimizer=tf.keras.optimizers.Adam(0.001))
history = model.fit(features, labels, validation_split=0.2, epochs=100, verbose=0)
print(history.history["val_loss"][-1])
