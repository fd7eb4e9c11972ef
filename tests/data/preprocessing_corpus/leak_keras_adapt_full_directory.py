import tensorflow as tf

data_dir = "flower_photos"
full_ds = tf.keras.utils.image_dataset_from_directory(data_dir, image_size=(180, 180), batch_size=32)
train_ds = tf.keras.utils.image_dataset_from_directory(
    data_dir, validation_split=0.2, subset="training", seed=123, image_size=(180, 180), batch_size=32)
val_ds = tf.keras.utils.image_dataset_from_directory(
    data_dir, validation_split=0.2, subset="validation", seed=123, image_size=(180, 180), batch_size=32)

normalization = tf.keras.layers.Normalization()
normalization.adapt(full_ds.map(lambda x, y: x))

model = tf.keras.Sequential([
    normalization,
    tf.keras.layers.Conv2D(16, 3, activation="relu"),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(5),
])
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(train_ds, validation_data=val_ds, epochs=10)
