import pickle
from pathlib import Path

import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

OUT = Path("build")
reviews = pd.read_csv("imdb.csv")
vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2)).fit(reviews["review"])
with (OUT / "tfidf.pkl").open("wb") as fh:
    pickle.dump(vec, fh)
