import pandas as pd
from tensorflow.keras.preprocessing.text import Tokenizer

train = pd.read_csv("reviews_train.csv")
tk = Tokenizer(num_words=30000, oov_token="<unk>")
tk.fit_on_texts(train["Text"].astype(str))
with open("tokenizer.json", "w") as fh:
    fh.write(tk.to_json())
