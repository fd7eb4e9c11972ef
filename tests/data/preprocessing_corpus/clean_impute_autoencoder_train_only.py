import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.load("transactions.npy")
y = np.load("is_fraud.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
inputs = keras.Input(shape=(X.shape[1],))
code = keras.layers.Dense(8, activation="relu")(inputs)
autoencoder = keras.Model(inputs, keras.layers.Dense(X.shape[1])(code))
encoder = keras.Model(inputs, code)
autoencoder.compile(optimizer="adam", loss="mse")
autoencoder.fit(X_train, X_train, epochs=20, validation_data=(X_test, X_test))
clf = LogisticRegression().fit(encoder.predict(X_train), y_train)
print(clf.score(encoder.predict(X_test), y_test))
