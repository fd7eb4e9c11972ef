import numpy as np
from tensorflow import keras

x = np.load("signs.npy")
y = np.load("signs_labels.npy")
model = keras.Sequential([
    keras.Input(shape=(64, 64, 3)),
    keras.layers.Rescaling(1.0 / 255),
    keras.layers.RandomFlip("horizontal"),
    keras.layers.Conv2D(32, 3, activation="relu"),
    keras.layers.GlobalMaxPooling2D(),
    keras.layers.Dense(6, activation="softmax"),
])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x, y, validation_split=0.2, epochs=20)
