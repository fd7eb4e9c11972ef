import tensorflow as tf

(x, y), _ = tf.keras.datasets.cifar10.load_data()
ds = tf.data.Dataset.from_tensor_slices((x, y))
ds = ds.map(lambda img, label: (tf.image.per_image_standardization(tf.cast(img, tf.float32)), label))
ds = ds.shuffle(50_000, seed=0, reshuffle_each_iteration=False)
val_ds = ds.take(5000).batch(128)
train_ds = ds.skip(5000).batch(128)

model = tf.keras.applications.ResNet50(weights=None, input_shape=(32, 32, 3), classes=10)
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds, validation_data=val_ds, epochs=2)
