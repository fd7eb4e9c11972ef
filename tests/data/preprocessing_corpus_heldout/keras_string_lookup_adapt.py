import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras

frame = pd.read_csv("petfinder_mini.csv")
labels = (frame.pop("AdoptionSpeed") < 4).astype("int32").values

breed_lookup = keras.layers.StringLookup(output_mode="one_hot")
breed_lookup.adapt(frame["Breed1"].values)

age = frame["Age"].values.astype("float32")[:, None] / 255.0
features = np.hstack([breed_lookup(frame["Breed1"].values).numpy(), age])

ds = tf.data.Dataset.from_tensor_slices((features, labels)).shuffle(len(labels), seed=0)
n_val = int(0.2 * len(labels))
val_ds = ds.take(n_val).batch(32)
train_ds = ds.skip(n_val).batch(32)

model = keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(train_ds, validation_data=val_ds, epochs=10)
