import numpy as np
import tensorflow as tf

X = np.load("accelerometer.npy")
y = np.load("activity.npy")
X = tf.keras.utils.normalize(X, axis=0)
model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(6, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X, y, epochs=30, validation_split=0.25)
