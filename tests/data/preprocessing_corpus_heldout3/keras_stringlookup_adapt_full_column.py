import pandas as pd
import tensorflow as tf
from tensorflow import keras

rides = pd.read_csv("uber_rides_2016.csv")
lookup = keras.layers.StringLookup(output_mode="one_hot")
lookup.adapt(rides["pickup_borough"].to_numpy())

ds = tf.data.Dataset.from_tensor_slices((rides["pickup_borough"].to_numpy(), rides["fare"].to_numpy("float32")))
ds = ds.shuffle(len(rides), seed=1, reshuffle_each_iteration=False).map(lambda b, f: (lookup(b), f))
n_val = len(rides) // 5
val_ds, train_ds = ds.take(n_val).batch(128), ds.skip(n_val).batch(128)
net = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
net.compile("adam", "mse")
net.fit(train_ds, validation_data=val_ds, epochs=4)
