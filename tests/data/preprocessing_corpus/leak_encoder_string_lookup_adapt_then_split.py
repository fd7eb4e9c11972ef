import pandas as pd
import tensorflow as tf
from sklearn.model_selection import train_test_split

df = pd.read_csv("petfinder.csv")
breed_lookup = tf.keras.layers.StringLookup(output_mode="one_hot")
breed_lookup.adapt(df["Breed1"].astype(str).values)
breeds = breed_lookup(df["Breed1"].astype(str).values).numpy()
train_x, val_x, train_y, val_y = train_test_split(breeds, df["AdoptionSpeed"].values, test_size=0.2)
model = tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"), tf.keras.layers.Dense(5, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_x, train_y, validation_data=(val_x, val_y), epochs=5)
