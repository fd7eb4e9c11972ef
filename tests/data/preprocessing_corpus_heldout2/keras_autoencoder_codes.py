import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

data = np.load("credit_features.npz")
X, y = data["X"].astype("float32"), data["y"]

inp = keras.Input(shape=(X.shape[1],))
code = keras.layers.Dense(8, activation="relu")(keras.layers.Dense(32, activation="relu")(inp))
out = keras.layers.Dense(X.shape[1])(keras.layers.Dense(32, activation="relu")(code))
autoencoder = keras.Model(inp, out)
encoder = keras.Model(inp, code)
autoencoder.compile(optimizer="adam", loss="mse")
autoencoder.fit(X, X, epochs=30, batch_size=256, verbose=0)

Z = np.hstack([X, encoder.predict(X)])
Z_train, Z_test, y_train, y_test = train_test_split(Z, y, test_size=0.2, stratify=y, random_state=0)
rf = RandomForestClassifier(n_estimators=300, n_jobs=-1).fit(Z_train, y_train)
print(rf.score(Z_test, y_test))
