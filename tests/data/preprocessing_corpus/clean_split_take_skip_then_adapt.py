import numpy as np
import tensorflow as tf

X = np.load("features.npy").astype("float32")
y = np.load("labels.npy")
ds = tf.data.Dataset.from_tensor_slices((X, y)).shuffle(10000, seed=1, reshuffle_each_iteration=False)
train_ds = ds.take(8000)
val_ds = ds.skip(8000)
norm = tf.keras.layers.Normalization()
norm.adapt(train_ds.map(lambda x, _y: x))
model = tf.keras.Sequential([norm, tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy")
model.fit(train_ds.batch(64), validation_data=val_ds.batch(64), epochs=5)
