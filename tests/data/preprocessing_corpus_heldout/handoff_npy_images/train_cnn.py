import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

X = np.load("X.npy")
y = np.load("y.npy")
perm = np.random.default_rng(0).permutation(len(X))
X, y = X[perm], y[perm]

model = keras.Sequential([
    layers.Input(X.shape[1:]),
    layers.Conv2D(32, 3, activation="relu"), layers.MaxPooling2D(),
    layers.Conv2D(64, 3, activation="relu"), layers.MaxPooling2D(),
    layers.GlobalAveragePooling2D(),
    layers.Dense(1, activation="sigmoid"),
])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(X, y, validation_split=0.2, epochs=15, batch_size=32)
