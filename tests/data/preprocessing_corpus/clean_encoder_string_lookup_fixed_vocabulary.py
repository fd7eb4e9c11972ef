import pandas as pd
import tensorflow as tf
from sklearn.model_selection import train_test_split

SIZES = ["Small", "Medium", "Large", "Extra Large"]
df = pd.read_csv("petfinder.csv")
size_lookup = tf.keras.layers.StringLookup(vocabulary=SIZES, output_mode="one_hot")
sizes = size_lookup(df["MaturitySize"].astype(str).values).numpy()
train_x, val_x, train_y, val_y = train_test_split(sizes, df["AdoptionSpeed"].values, test_size=0.2)
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation="relu"), tf.keras.layers.Dense(5, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_x, train_y, validation_data=(val_x, val_y), epochs=5)
