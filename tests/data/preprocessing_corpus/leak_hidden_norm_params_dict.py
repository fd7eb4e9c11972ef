import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

X = np.load("spectra.npy")
y = np.load("concentration.npy")
norm = {"mu": X.mean(axis=0), "sigma": X.std(axis=0)}
X = (X - norm["mu"]) / norm["sigma"]
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.15)
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(X_train, y_train, validation_data=(X_val, y_val), epochs=100, verbose=0)
