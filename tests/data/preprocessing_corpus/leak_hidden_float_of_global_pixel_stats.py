import numpy as np
from tensorflow import keras

(x_all, y_all), _ = keras.datasets.fashion_mnist.load_data()
x_all = x_all.astype("float32")
pixel_mean = float(np.mean(x_all))
pixel_std = float(np.std(x_all))
x_all = (x_all - pixel_mean) / pixel_std

model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10)])
model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(x_all, y_all, validation_split=0.1, epochs=5)
