import numpy as np
import tensorflow as tf

signals = np.load("emg_windows.npy").astype("float32")
labels = np.load("emg_labels.npy")
mu, sigma = signals.mean(axis=0), signals.std(axis=0)


def samples():
    for x, y in zip(signals, labels):
        yield (x - mu) / sigma, y


ds = tf.data.Dataset.from_generator(samples, output_signature=(
    tf.TensorSpec(shape=signals.shape[1:], dtype=tf.float32), tf.TensorSpec(shape=(), dtype=tf.int64)))
ds = ds.shuffle(5000, seed=7, reshuffle_each_iteration=False)
val_ds = ds.take(1000).batch(64)
train_ds = ds.skip(1000).batch(64)
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(8, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds, validation_data=val_ds, epochs=5)
