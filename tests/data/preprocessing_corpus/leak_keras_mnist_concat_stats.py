import numpy as np
from tensorflow import keras

(x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()
x_all = np.concatenate([x_train, x_test]).astype("float32")
pixel_mean = x_all.mean()
pixel_std = x_all.std()
x_train = (x_train - pixel_mean) / pixel_std
x_test = (x_test - pixel_mean) / pixel_std

model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10)])
model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5)
model.evaluate(x_test, y_test)
