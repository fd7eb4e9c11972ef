import numpy as np
import keras
from keras import layers

x = np.load("x.npy")
y = np.load("y.npy")
order = np.random.default_rng(0).permutation(len(x))
x, y = x[order], y[order]
model = keras.Sequential([keras.Input((64, 64, 3)), layers.Conv2D(32, 3, activation="relu"), layers.MaxPooling2D(),
                          layers.Conv2D(64, 3, activation="relu"), layers.GlobalAveragePooling2D(),
                          layers.Dense(int(y.max()) + 1, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x, y, epochs=10, batch_size=64, validation_split=0.2)
