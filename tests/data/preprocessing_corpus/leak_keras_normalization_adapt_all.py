import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.model_selection import train_test_split

df = pd.read_csv("insurance.csv")
features = df[["age", "bmi", "children"]].to_numpy(dtype="float32")
target = df["charges"].to_numpy(dtype="float32")

normalizer = tf.keras.layers.Normalization(axis=-1)
normalizer.adapt(features)

x_train, x_test, y_train, y_test = train_test_split(features, target, test_size=0.2, random_state=0)
model = tf.keras.Sequential([normalizer, tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mae")
model.fit(x_train, y_train, epochs=100, verbose=0)
print(model.evaluate(x_test, y_test))
