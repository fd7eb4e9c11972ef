import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

X = np.load("digits_28x28.npy").astype("float32") / 255.0
y = np.load("digits_labels.npy")
X = X.reshape(-1, 28, 28, 1)
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.1, random_state=0)

model = keras.Sequential([keras.layers.Conv2D(16, 3, activation="relu"), keras.layers.Flatten(), keras.layers.Dense(10)])
model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(X_train, y_train, validation_data=(X_val, y_val), epochs=3)
