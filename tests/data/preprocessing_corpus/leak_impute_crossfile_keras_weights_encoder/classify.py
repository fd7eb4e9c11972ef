import numpy as np
import tensorflow as tf
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

X = np.load("data/sensor_windows.npy")
y = np.load("data/sensor_faults.npy")
inputs = tf.keras.Input(shape=(X.shape[1],))
code = tf.keras.layers.Dense(8, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(X.shape[1])(code)
autoencoder = tf.keras.Model(inputs, outputs)
autoencoder.load_weights("weights/autoencoder.weights.h5")
encoder = tf.keras.Model(inputs, code)
Z = encoder.predict(X)
Z_train, Z_test, y_train, y_test = train_test_split(Z, y, test_size=0.25)
print(RandomForestClassifier().fit(Z_train, y_train).score(Z_test, y_test))
