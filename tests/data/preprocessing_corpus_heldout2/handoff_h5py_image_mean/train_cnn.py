import h5py
import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

with h5py.File("dataset.h5", "r") as h5:
    images = h5["images"][:]
    names = h5["labels"][:]
classes, y = np.unique(names, return_inverse=True)
x_tr, x_te, y_tr, y_te = train_test_split(images, y, test_size=0.2, stratify=y, random_state=0)
model = keras.Sequential([keras.Input((96, 96, 3)), keras.layers.Conv2D(32, 3, activation="relu"),
                          keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(len(classes), activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_tr, y_tr, validation_data=(x_te, y_te), epochs=10)
