import numpy as np
import tensorflow as tf
from sklearn.model_selection import train_test_split

data = np.load("bike_sharing.npz")
X, y = data["features"], data["count"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

normalizer = tf.keras.layers.Normalization(axis=-1)
normalizer.adapt(np.array(X_train))
model = tf.keras.Sequential([normalizer, tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(1)])
model.compile(optimizer=tf.keras.optimizers.Adam(0.001), loss="mean_absolute_error")
model.fit(X_train, y_train, epochs=100, verbose=0)
print(model.evaluate(X_test, y_test, verbose=0))
