import numpy as np
import tensorflow as tf
from tensorflow import keras

feat = np.load("gas_sensor_drift_X.npy").astype("float32")
target = np.load("gas_sensor_drift_y.npy")
ds = tf.data.Dataset.from_tensor_slices((feat, target)).shuffle(len(feat), seed=0, reshuffle_each_iteration=False)
val = ds.take(2000).batch(64)
train = ds.skip(2000).batch(64)
norm = keras.layers.Normalization()
norm.adapt(train.map(lambda x, y: x))
model = keras.Sequential([norm, keras.layers.Dense(64, activation="relu"), keras.layers.Dense(6, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train, validation_data=val, epochs=10)
