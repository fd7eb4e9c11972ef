import numpy as np
from tensorflow import keras

X = np.load("sensor_windows.npy")
y = np.load("sensor_targets.npy")

norm = keras.layers.Normalization()
norm.adapt(X)
model = keras.Sequential([keras.Input(shape=X.shape[1:]), norm, keras.layers.Dense(32, activation="relu"),
                          keras.layers.Dense(1)])
model.compile("adam", "mse")
model.fit(X, y, epochs=30, batch_size=64)
model.save("regressor.keras")
