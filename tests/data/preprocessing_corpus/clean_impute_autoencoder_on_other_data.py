import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

unlabelled = np.load("unlabelled_pool.npy")
X = np.load("labelled.npy")
y = np.load("labelled_y.npy")
inputs = keras.Input(shape=(X.shape[1],))
code = keras.layers.Dense(16, activation="relu")(inputs)
autoencoder = keras.Model(inputs, keras.layers.Dense(X.shape[1])(code))
autoencoder.compile("adam", "mse")
autoencoder.fit(unlabelled, unlabelled, epochs=10)
encoder = keras.Model(inputs, code)
X_train, X_test, y_train, y_test = train_test_split(encoder.predict(X), y)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
