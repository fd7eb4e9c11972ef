import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

arr = np.load("sensor_windows.npz")
X, y = arr["X"].astype("float32"), arr["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)

inputs = keras.Input((X.shape[1],))
z = keras.layers.Dense(16, activation="relu")(inputs)
recon = keras.layers.Dense(X.shape[1])(z)
ae = keras.Model(inputs, recon)
enc = keras.Model(inputs, z)
ae.compile("adam", "mse")
ae.fit(X_train, X_train, epochs=25, batch_size=128, validation_split=0.1, verbose=0)

clf = LogisticRegression(max_iter=2000).fit(enc.predict(X_train), y_train)
print(clf.score(enc.predict(X_test), y_test))
