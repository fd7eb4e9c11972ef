import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

(x, y), _ = keras.datasets.fashion_mnist.load_data()
x = x.astype("float32") / 255.0
x = x[..., np.newaxis]
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.1, random_state=0, stratify=y)

model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(32, 3, activation="relu"),
                          keras.layers.MaxPooling2D(), keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=5, batch_size=128)
