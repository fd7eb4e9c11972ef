import numpy as np
from tensorflow import keras

X = np.load("california_X.npy").astype("float32")
y = np.load("california_y.npy").astype("float32")
normalizer = keras.layers.Normalization(axis=-1)
normalizer.adapt(X)
model = keras.Sequential([normalizer, keras.layers.Dense(64, activation="relu"), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mae")
history = model.fit(X, y, validation_split=0.2, epochs=50, verbose=0)
print(history.history["val_loss"][-1])
