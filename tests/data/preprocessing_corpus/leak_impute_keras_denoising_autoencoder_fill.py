import numpy as np
import tensorflow as tf
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

X = np.load("sensor_matrix.npy")
y = np.load("fault_labels.npy")
mask = np.isnan(X)
X0 = np.where(mask, 0.0, X)
inp = tf.keras.Input(shape=(X.shape[1],))
h = tf.keras.layers.Dense(32, activation="relu")(tf.keras.layers.Dropout(0.2)(inp))
out = tf.keras.layers.Dense(X.shape[1])(h)
dae = tf.keras.Model(inp, out)
dae.compile(optimizer="adam", loss="mse")
dae.fit(X0, X0, epochs=50, batch_size=64, verbose=0)
X_filled = np.where(mask, dae.predict(X0), X)
X_tr, X_te, y_tr, y_te = train_test_split(X_filled, y, test_size=0.2, random_state=0)
print(RandomForestClassifier().fit(X_tr, y_tr).score(X_te, y_te))
