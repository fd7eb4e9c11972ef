import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.load("transactions.npy")
y = np.load("is_fraud.npy")
inputs = keras.Input(shape=(X.shape[1],))
code = keras.layers.Dense(8, activation="relu")(inputs)
outputs = keras.layers.Dense(X.shape[1])(code)
autoencoder = keras.Model(inputs, outputs)
encoder = keras.Model(inputs, code)
autoencoder.compile(optimizer="adam", loss="mse")
autoencoder.fit(X, X, epochs=20, batch_size=256)
embedded = encoder.predict(X)
X_train, X_test, y_train, y_test = train_test_split(embedded, y, stratify=y)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
