import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

X = np.load("sensor_windows.npy")
y = np.load("sensor_targets.npy")
_, X_test, _, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

model = keras.models.load_model("regressor.keras")
print("test MSE", model.evaluate(X_test, y_test))
