import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

X = np.load("sensor_windows.npy")
y = np.load("sensor_targets.npy")
X_train, _, y_train, _ = train_test_split(X, y, test_size=0.2, random_state=0)

norm = keras.layers.Normalization()
norm.adapt(X_train)
model = keras.Sequential([keras.Input(shape=X.shape[1:]), norm, keras.layers.Dense(32, activation="relu"),
                          keras.layers.Dense(1)])
model.compile("adam", "mse")
model.fit(X_train, y_train, epochs=30, batch_size=64)
model.save("regressor.keras")
