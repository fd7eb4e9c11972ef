import numpy as np
import pandas as pd
from tensorflow import keras
from tensorflow.keras.preprocessing.text import tokenizer_from_json
from tensorflow.keras.preprocessing.sequence import pad_sequences
from sklearn.model_selection import train_test_split

with open("tokenizer.json") as fh:
    tk = tokenizer_from_json(fh.read())
reviews = pd.read_csv("amazon_fine_food_reviews.csv")
seqs = pad_sequences(tk.texts_to_sequences(reviews["Text"].astype(str)), maxlen=120)
y = (reviews["Score"] >= 4).astype(int).to_numpy()
s_tr, s_te, y_tr, y_te = train_test_split(seqs, y, test_size=0.2, random_state=0)
model = keras.Sequential([keras.layers.Embedding(30000, 64), keras.layers.LSTM(64), keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(s_tr, y_tr, validation_data=(s_te, y_te), epochs=2)
