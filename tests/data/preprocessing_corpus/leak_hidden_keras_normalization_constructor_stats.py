import numpy as np
import tensorflow as tf

X = np.load("features.npy").astype("float32")
y = np.load("labels.npy")
norm = tf.keras.layers.Normalization(mean=X.mean(axis=0), variance=X.var(axis=0))
model = tf.keras.Sequential([norm, tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(X, y, validation_split=0.2, epochs=20)
