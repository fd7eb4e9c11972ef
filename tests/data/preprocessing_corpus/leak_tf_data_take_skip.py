import numpy as np
import tensorflow as tf

features = np.load("sensor_x.npy").astype("float32")
labels = np.load("sensor_y.npy")
ds = tf.data.Dataset.from_tensor_slices((features, labels)).shuffle(10_000, seed=1, reshuffle_each_iteration=False)

norm = tf.keras.layers.Normalization()
norm.adapt(ds.map(lambda x, y: x).batch(256))

n_val = int(0.2 * len(features))
val_ds = ds.take(n_val).batch(64)
train_ds = ds.skip(n_val).batch(64)

model = tf.keras.Sequential([norm, tf.keras.layers.Dense(16, activation="relu"), tf.keras.layers.Dense(3)])
model.compile("adam", tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(train_ds, validation_data=val_ds, epochs=15)
