import numpy as np
import pandas as pd
from gensim.models import Word2Vec
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

reviews = pd.read_csv("imdb_reviews.csv")
tokens = [text.lower().split() for text in reviews["review"]]
w2v = Word2Vec(sentences=tokens, vector_size=100, window=5, min_count=2, workers=4, seed=1)


def embed(words):
    vectors = [w2v.wv[w] for w in words if w in w2v.wv]
    return np.mean(vectors, axis=0) if vectors else np.zeros(100)


X = np.vstack([embed(t) for t in tokens])
X_train, X_test, y_train, y_test = train_test_split(X, reviews["sentiment"], test_size=0.2, random_state=0)
print(LogisticRegression(max_iter=1000).fit(X_train, y_train).score(X_test, y_test))
