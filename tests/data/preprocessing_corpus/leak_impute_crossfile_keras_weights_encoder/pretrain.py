import numpy as np
import tensorflow as tf

X = np.load("data/sensor_windows.npy")
inputs = tf.keras.Input(shape=(X.shape[1],))
code = tf.keras.layers.Dense(8, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(X.shape[1])(code)
autoencoder = tf.keras.Model(inputs, outputs)
autoencoder.compile(optimizer="adam", loss="mse")
autoencoder.fit(X, X, epochs=25, batch_size=128)
autoencoder.save_weights("weights/autoencoder.weights.h5")
