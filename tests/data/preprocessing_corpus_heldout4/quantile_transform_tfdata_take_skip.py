import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.preprocessing import QuantileTransformer

higgs = pd.read_csv("higgs_100k.csv")
labels = higgs.pop("label").to_numpy("float32")
features = QuantileTransformer(output_distribution="normal", n_quantiles=1000).fit_transform(higgs).astype("float32")

ds = tf.data.Dataset.from_tensor_slices((features, labels)).shuffle(len(labels), seed=0, reshuffle_each_iteration=False)
n_train = int(0.85 * len(labels))
train_ds = ds.take(n_train).batch(512)
val_ds = ds.skip(n_train).batch(512)

model = tf.keras.Sequential([tf.keras.layers.Input((features.shape[1],)), tf.keras.layers.Dense(128, activation="relu"),
                             tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=[tf.keras.metrics.AUC()])
model.fit(train_ds, validation_data=val_ds, epochs=10)
