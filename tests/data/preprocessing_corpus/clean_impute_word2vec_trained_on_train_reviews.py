import numpy as np
import pandas as pd
from gensim.models import Word2Vec
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

reviews = pd.read_csv("imdb_reviews.csv")
train_df, test_df = train_test_split(reviews, test_size=0.2, random_state=0)
train_tokens = [text.lower().split() for text in train_df["review"]]
test_tokens = [text.lower().split() for text in test_df["review"]]
w2v = Word2Vec(sentences=train_tokens, vector_size=100, window=5, min_count=2, workers=4, seed=1)


def embed(words):
    vectors = [w2v.wv[w] for w in words if w in w2v.wv]
    return np.mean(vectors, axis=0) if vectors else np.zeros(100)


X_train = np.vstack([embed(t) for t in train_tokens])
X_test = np.vstack([embed(t) for t in test_tokens])
print(LogisticRegression(max_iter=1000).fit(X_train, train_df["sentiment"]).score(X_test, test_df["sentiment"]))
