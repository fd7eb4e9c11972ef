import keras
from keras import layers

train_ds, val_ds = keras.utils.image_dataset_from_directory(
    "PetImages", validation_split=0.2, subset="both", seed=1337, image_size=(180, 180), batch_size=64)

norm = layers.Normalization()
norm.adapt(train_ds.map(lambda images, labels: images))

model = keras.Sequential([
    keras.Input(shape=(180, 180, 3)),
    norm,
    layers.Conv2D(32, 3, strides=2, activation="relu"),
    layers.GlobalAveragePooling2D(),
    layers.Dense(1),
])
model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True))
model.fit(train_ds, epochs=25, validation_data=val_ds)
