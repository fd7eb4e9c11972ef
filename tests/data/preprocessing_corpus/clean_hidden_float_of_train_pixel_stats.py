import numpy as np
from tensorflow import keras

(x_all, y_all), _ = keras.datasets.fashion_mnist.load_data()
x_all = x_all.astype("float32")
n_val = len(x_all) // 10
x_train, y_train = x_all[:-n_val], y_all[:-n_val]
x_val, y_val = x_all[-n_val:], y_all[-n_val:]
pixel_mean = float(np.mean(x_train))
pixel_std = float(np.std(x_train))
x_train, x_val = (x_train - pixel_mean) / pixel_std, (x_val - pixel_mean) / pixel_std

model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10)])
model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=5)
