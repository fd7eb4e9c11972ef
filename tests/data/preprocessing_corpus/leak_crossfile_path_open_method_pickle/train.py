import pickle
from pathlib import Path

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

OUT = Path("build")
with (OUT / "tfidf.pkl").open("rb") as fh:
    vec = pickle.load(fh)
reviews = pd.read_csv("imdb.csv")
X = vec.transform(reviews["review"])
X_train, X_test, y_train, y_test = train_test_split(X, reviews["sentiment"], test_size=0.2)
print(LogisticRegression(max_iter=1000).fit(X_train, y_train).score(X_test, y_test))
