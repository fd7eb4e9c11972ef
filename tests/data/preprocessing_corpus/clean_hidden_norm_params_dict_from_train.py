import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

X = np.load("spectra.npy")
y = np.load("concentration.npy")
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.15)
norm = {"mu": X_train.mean(axis=0), "sigma": X_train.std(axis=0)}
X_train = (X_train - norm["mu"]) / norm["sigma"]
X_val = (X_val - norm["mu"]) / norm["sigma"]
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(X_train, y_train, validation_data=(X_val, y_val), epochs=100, verbose=0)
