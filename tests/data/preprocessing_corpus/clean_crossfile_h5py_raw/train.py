import h5py
import tensorflow as tf

with h5py.File("tiles.h5", "r") as h5:
    images = h5["images"][:] / 255.0
    labels = h5["labels"][:]

model = tf.keras.Sequential([
    tf.keras.layers.Conv2D(16, 3, activation="relu"),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(10, activation="softmax"),
])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(images, labels, validation_split=0.15, epochs=10)
