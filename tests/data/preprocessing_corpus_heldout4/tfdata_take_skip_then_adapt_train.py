import numpy as np
import tensorflow as tf

arrays = np.load("magic_gamma.npz")
ds = tf.data.Dataset.from_tensor_slices((arrays["X"].astype("float32"), arrays["y"].astype("float32")))
ds = ds.shuffle(len(arrays["y"]), seed=4, reshuffle_each_iteration=False)
n_train = int(0.8 * len(arrays["y"]))
train_ds, val_ds = ds.take(n_train), ds.skip(n_train)

norm = tf.keras.layers.Normalization()
norm.adapt(train_ds.map(lambda x, y: x).batch(1024))
model = tf.keras.Sequential([tf.keras.Input((arrays["X"].shape[1],)), norm, tf.keras.layers.Dense(64, activation="relu"),
                             tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(train_ds.batch(256), validation_data=val_ds.batch(256), epochs=8)
