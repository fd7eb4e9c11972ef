import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow.keras import layers

reviews = pd.read_csv("imdb_reviews.csv")
vectorizer = layers.TextVectorization(max_tokens=20000, output_sequence_length=200)
vectorizer.adapt(reviews["review"].values)
tokens = vectorizer(reviews["review"].values).numpy()
labels = (reviews["sentiment"] == "positive").astype(int).values
idx = np.random.permutation(len(tokens))
n_val = len(tokens) // 5
x_val, y_val = tokens[idx[:n_val]], labels[idx[:n_val]]
x_train, y_train = tokens[idx[n_val:]], labels[idx[n_val:]]
model = tf.keras.Sequential([layers.Embedding(20001, 64), layers.GlobalAveragePooling1D(), layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=3)
