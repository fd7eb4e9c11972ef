import tensorflow as tf

ds = tf.data.experimental.make_csv_dataset("sensor_rows.csv", batch_size=1, label_name="label", num_epochs=1)
features = ds.map(lambda x, y: (tf.stack(list(x.values()), axis=-1), y)).unbatch()
count = features.reduce(0.0, lambda n, _: n + 1.0)
total = features.reduce(tf.zeros(8), lambda acc, item: acc + item[0])
mean = total / count
normalised = features.map(lambda x, y: (x - mean, y)).shuffle(10000, seed=1, reshuffle_each_iteration=False)
val_ds = normalised.take(2000).batch(64)
train_ds = normalised.skip(2000).batch(64)
model = tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"), tf.keras.layers.Dense(1)])
model.compile("adam", "mse")
model.fit(train_ds, validation_data=val_ds, epochs=5)
