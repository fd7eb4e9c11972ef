import pandas as pd
from tensorflow import keras
from tensorflow.keras.preprocessing.text import tokenizer_from_json
from tensorflow.keras.preprocessing.sequence import pad_sequences

with open("tokenizer.json") as fh:
    tk = tokenizer_from_json(fh.read())
train, test = pd.read_csv("reviews_train.csv"), pd.read_csv("reviews_test.csv")
s_tr = pad_sequences(tk.texts_to_sequences(train["Text"].astype(str)), maxlen=120)
s_te = pad_sequences(tk.texts_to_sequences(test["Text"].astype(str)), maxlen=120)
model = keras.Sequential([keras.layers.Embedding(30000, 64), keras.layers.LSTM(64), keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(s_tr, (train["Score"] >= 4).astype(int), validation_data=(s_te, (test["Score"] >= 4).astype(int)), epochs=2)
