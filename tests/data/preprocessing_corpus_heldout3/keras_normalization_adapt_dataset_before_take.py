import numpy as np
import tensorflow as tf
from tensorflow import keras

feats = np.load("steel_plates_X.npy").astype("float32")
faults = np.load("steel_plates_y.npy")
norm = keras.layers.Normalization()
norm.adapt(tf.data.Dataset.from_tensor_slices(feats).batch(256))
ds = tf.data.Dataset.from_tensor_slices((feats, faults)).shuffle(2000, seed=2, reshuffle_each_iteration=False)
val_ds, train_ds = ds.take(400).batch(64), ds.skip(400).batch(64)
model = keras.Sequential([norm, keras.layers.Dense(32, activation="relu"), keras.layers.Dense(7, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds, validation_data=val_ds, epochs=20)
