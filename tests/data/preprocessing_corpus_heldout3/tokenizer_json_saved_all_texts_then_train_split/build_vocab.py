import json
import pandas as pd
from tensorflow.keras.preprocessing.text import Tokenizer

reviews = pd.read_csv("amazon_fine_food_reviews.csv")
tk = Tokenizer(num_words=30000, oov_token="<unk>")
tk.fit_on_texts(reviews["Text"].astype(str))
with open("tokenizer.json", "w") as fh:
    fh.write(tk.to_json())
