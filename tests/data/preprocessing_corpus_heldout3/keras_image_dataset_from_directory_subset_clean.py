import keras

train_ds = keras.utils.image_dataset_from_directory("eurosat_rgb", validation_split=0.2, subset="training", seed=9, image_size=(64, 64))
val_ds = keras.utils.image_dataset_from_directory("eurosat_rgb", validation_split=0.2, subset="validation", seed=9, image_size=(64, 64))
model = keras.Sequential([keras.layers.Rescaling(1.0 / 255), keras.layers.Conv2D(32, 3, activation="relu"), keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(10, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds, validation_data=val_ds, epochs=5)
