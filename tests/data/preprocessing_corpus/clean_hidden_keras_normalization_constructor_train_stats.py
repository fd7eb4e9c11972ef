import numpy as np
import tensorflow as tf
from sklearn.model_selection import train_test_split

X = np.load("features.npy").astype("float32")
y = np.load("labels.npy")
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2)
norm = tf.keras.layers.Normalization(mean=X_train.mean(axis=0), variance=X_train.var(axis=0))
model = tf.keras.Sequential([norm, tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(X_train, y_train, validation_data=(X_val, y_val), epochs=20)
