import numpy as np
import tensorflow as tf

x = tf.constant(np.load("sensor_windows.npy"), dtype=tf.float32)
y = tf.constant(np.load("sensor_labels.npy"))
x = (x - tf.reduce_mean(x, axis=0)) / tf.math.reduce_std(x, axis=0)
ds = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(10000, seed=1, reshuffle_each_iteration=False)
n_val = 2000
val_ds = ds.take(n_val).batch(128)
train_ds = ds.skip(n_val).batch(128)
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(6, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds, validation_data=val_ds, epochs=5)
