import numpy as np
from sklearn.preprocessing import StandardScaler
from tensorflow import keras

x = np.load("power.npy")
y = np.load("power_next_hour.npy")
x = StandardScaler().fit_transform(x)
x_train, y_train = x[:-10000], y[:-10000]
x_val, y_val = x[-10000:], y[-10000:]

model = keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1)])
model.compile("adam", "mse")
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=10)
