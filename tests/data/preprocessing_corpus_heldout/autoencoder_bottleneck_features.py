import numpy as np
import tensorflow as tf
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

transactions = np.load("transactions.npz")
features, labels = transactions["x"].astype("float32"), transactions["y"]
n_features = features.shape[1]

inputs = keras.Input(shape=(n_features,))
h = keras.layers.Dense(32, activation="relu")(inputs)
code = keras.layers.Dense(8, activation="relu", name="code")(h)
h = keras.layers.Dense(32, activation="relu")(code)
outputs = keras.layers.Dense(n_features)(h)

autoencoder = keras.Model(inputs, outputs)
autoencoder.compile(optimizer="adam", loss="mse")
autoencoder.fit(features, features, epochs=30, batch_size=256, shuffle=True, verbose=2)

encoder = keras.Model(inputs, code)
embedded = encoder.predict(features, batch_size=1024)
X = np.hstack([features, embedded])

X_train, X_test, y_train, y_test = train_test_split(X, labels, test_size=0.2, stratify=labels, random_state=5)
lr = LogisticRegression(max_iter=5000).fit(X_train, y_train)
print("test accuracy", lr.score(X_test, y_test))
