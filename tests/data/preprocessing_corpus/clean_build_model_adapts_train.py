import numpy as np
import tensorflow as tf
from sklearn.model_selection import train_test_split


def build_model(train_features):
    norm = tf.keras.layers.Normalization()
    norm.adapt(train_features)
    model = tf.keras.Sequential([norm, tf.keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
    return model


X = np.load("fuel.npy")
y = np.load("fuel_target.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)
model = build_model(X_train)
model.fit(X_train, y_train, epochs=50, verbose=0)
print(model.evaluate(X_test, y_test))
