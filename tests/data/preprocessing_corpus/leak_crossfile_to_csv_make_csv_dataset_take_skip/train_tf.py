import tensorflow as tf

ds = tf.data.experimental.make_csv_dataset("adult_norm.csv", batch_size=256, label_name="income",
                                           num_epochs=1, shuffle=False)
val_ds = ds.take(20)
train_ds = ds.skip(20)
model = tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"), tf.keras.layers.Dense(1)])
model.compile("adam", tf.keras.losses.BinaryCrossentropy(from_logits=True))
