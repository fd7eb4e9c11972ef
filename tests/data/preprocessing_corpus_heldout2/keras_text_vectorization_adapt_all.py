import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.model_selection import train_test_split

reviews = pd.read_csv("imdb_reviews.csv")
texts = reviews["review"].to_numpy()
labels = (reviews["sentiment"] == "positive").astype("int32").to_numpy()

vectorize = tf.keras.layers.TextVectorization(max_tokens=20000, output_sequence_length=250)
vectorize.adapt(texts)
tokens = vectorize(texts).numpy()

x_train, x_val, y_train, y_val = train_test_split(tokens, labels, test_size=0.2, random_state=7)
model = tf.keras.Sequential([
    tf.keras.layers.Embedding(20001, 64),
    tf.keras.layers.GlobalAveragePooling1D(),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=5, batch_size=64)
