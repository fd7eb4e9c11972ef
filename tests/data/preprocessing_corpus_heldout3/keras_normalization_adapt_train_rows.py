import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split

X = np.load("california_X.npy").astype("float32")
y = np.load("california_y.npy").astype("float32")
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, random_state=0)
normalizer = keras.layers.Normalization(axis=-1)
normalizer.adapt(X_tr)
model = keras.Sequential([normalizer, keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mae")
model.fit(X_tr, y_tr, validation_data=(X_va, y_va), epochs=50, verbose=0)
