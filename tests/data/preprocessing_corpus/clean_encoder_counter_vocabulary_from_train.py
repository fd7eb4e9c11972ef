from collections import Counter

import pandas as pd
from sklearn.model_selection import train_test_split

tweets = pd.read_csv("disaster_tweets.csv")
train_df, val_df = train_test_split(tweets, test_size=0.2, random_state=0)
counts = Counter(word for text in train_df["text"] for word in text.lower().split())
vocab = {word: i + 1 for i, (word, _n) in enumerate(counts.most_common(20000))}
train_ids = train_df["text"].apply(lambda t: [vocab.get(w, 0) for w in t.lower().split()])
val_ids = val_df["text"].apply(lambda t: [vocab.get(w, 0) for w in t.lower().split()])
print(len(train_ids), len(val_ids))
