import numpy as np
import tensorflow as tf
from sklearn.model_selection import train_test_split

X = np.load("X.npy").astype("float32")
y = np.load("y.npy")
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=0)

normalizer = tf.keras.layers.Normalization()
normalizer.adapt(X)

inputs = tf.keras.Input(shape=X.shape[1:])
x = normalizer(inputs)
x = tf.keras.layers.Dense(64, activation="relu")(x)
outputs = tf.keras.layers.Dense(1)(x)
model = tf.keras.Model(inputs=inputs, outputs=outputs)
model.compile(optimizer="adam", loss="mse")
model.fit(X_train, y_train, validation_data=(X_val, y_val), epochs=40)
