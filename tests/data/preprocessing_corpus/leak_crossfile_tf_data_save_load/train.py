import tensorflow as tf

ds = tf.data.Dataset.load("datasets/har_windows").shuffle(10000, seed=0, reshuffle_each_iteration=False)
val_ds = ds.take(1500).batch(64)
train_ds = ds.skip(1500).batch(64)
model = tf.keras.Sequential([tf.keras.layers.LSTM(32), tf.keras.layers.Dense(6, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds, validation_data=val_ds, epochs=10)
