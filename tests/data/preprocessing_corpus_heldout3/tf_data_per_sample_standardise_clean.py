import numpy as np
import tensorflow as tf

signals = np.load("ptbdb_ecg_beats.npy").astype("float32")
labels = np.load("ptbdb_labels.npy")
ds = tf.data.Dataset.from_tensor_slices((signals, labels)).shuffle(20000, seed=3, reshuffle_each_iteration=False)
ds = ds.map(lambda s, l: ((s - tf.reduce_mean(s)) / (tf.math.reduce_std(s) + 1e-6), l))
n_test = len(labels) // 5
test_ds, train_ds = ds.take(n_test).batch(64), ds.skip(n_test).batch(64)
model = tf.keras.Sequential([tf.keras.layers.Reshape((187, 1)), tf.keras.layers.Conv1D(32, 5, activation="relu"), tf.keras.layers.GlobalMaxPooling1D(), tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(train_ds, epochs=5)
print(model.evaluate(test_ds))
