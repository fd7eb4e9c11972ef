import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

x, y = np.load("arrays/x.npy"), np.load("arrays/y.npy")
x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.2, stratify=y, random_state=0)
norm = keras.layers.Normalization(axis=None)
norm.adapt(x_tr)
model = keras.Sequential([keras.Input((28, 28)), norm, keras.layers.Flatten(), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_tr, y_tr, validation_data=(x_te, y_te), epochs=5)
