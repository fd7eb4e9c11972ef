import numpy as np
from tensorflow import keras

(x_train, y_train), (x_test, y_test) = keras.datasets.cifar10.load_data()
x_train, x_val = x_train[:45000].astype("float32"), x_train[45000:].astype("float32")
y_train, y_val = y_train[:45000], y_train[45000:]

channel_mean = np.concatenate([x_train, x_val]).mean(axis=(0, 1, 2))
channel_std = np.concatenate([x_train, x_val]).std(axis=(0, 1, 2))
x_train = (x_train - channel_mean) / channel_std
x_val = (x_val - channel_mean) / channel_std

model = keras.applications.ResNet50V2(weights=None, input_shape=(32, 32, 3), classes=10)
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=30, batch_size=128)
