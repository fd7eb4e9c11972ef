import numpy as np
import tensorflow as tf

X = np.load("features.npy").astype("float32")
y = np.load("labels.npy")
norm = tf.keras.layers.Normalization()
norm.adapt(X)
ds = tf.data.Dataset.from_tensor_slices((norm(X), y)).shuffle(10000, seed=1, reshuffle_each_iteration=False)
n_train = int(0.8 * len(X))
train_ds = ds.take(n_train).batch(64)
val_ds = ds.skip(n_train).batch(64)
model = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy")
model.fit(train_ds, validation_data=val_ds, epochs=5)
