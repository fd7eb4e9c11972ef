from collections import Counter

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

tweets = pd.read_csv("disaster_tweets.csv")
counts = Counter(word for text in tweets["text"] for word in text.lower().split())
vocab = {word: i + 1 for i, (word, _n) in enumerate(counts.most_common(20000))}
tweets["ids"] = tweets["text"].apply(lambda t: [vocab.get(w, 0) for w in t.lower().split()][:40])
ids = np.array([row + [0] * (40 - len(row)) for row in tweets["ids"]])
x_train, x_val, y_train, y_val = train_test_split(ids, tweets["target"].values, test_size=0.2)
np.save("x_train.npy", x_train)
np.save("x_val.npy", x_val)
