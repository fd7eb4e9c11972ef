import tensorflow as tf
from tensorflow import keras

train_ds = keras.utils.image_dataset_from_directory("flowers", validation_split=0.2, subset="training",
                                                    seed=123, image_size=(180, 180), batch_size=32)
val_ds = keras.utils.image_dataset_from_directory("flowers", validation_split=0.2, subset="validation",
                                                  seed=123, image_size=(180, 180), batch_size=32)

model = keras.Sequential([
    keras.layers.Rescaling(1.0 / 255),
    keras.layers.Conv2D(16, 3, activation="relu"),
    keras.layers.MaxPooling2D(),
    keras.layers.Conv2D(32, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(5),
])
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(train_ds.cache().prefetch(tf.data.AUTOTUNE), validation_data=val_ds, epochs=10)
