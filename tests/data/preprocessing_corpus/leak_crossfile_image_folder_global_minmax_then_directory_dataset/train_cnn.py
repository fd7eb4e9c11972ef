import tensorflow as tf

DST = "processed_xrays"
train_ds = tf.keras.utils.image_dataset_from_directory(
    DST, validation_split=0.2, subset="training", seed=123, image_size=(128, 128), color_mode="grayscale")
val_ds = tf.keras.utils.image_dataset_from_directory(
    DST, validation_split=0.2, subset="validation", seed=123, image_size=(128, 128), color_mode="grayscale")
model = tf.keras.Sequential([
    tf.keras.layers.Rescaling(1.0 / 255),
    tf.keras.layers.Conv2D(16, 3, activation="relu"),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(2),
])
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])
model.fit(train_ds, validation_data=val_ds, epochs=5)
