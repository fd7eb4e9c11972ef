import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

from src.features import *

reviews = pd.read_csv("reviews.csv")
counts = HashingVectorizer(n_features=2 ** 16).transform(reviews["text"])
dense = reduce_text_features(counts)
X_train, X_test, y_train, y_test = train_test_split(dense, reviews["stars"] > 3, test_size=0.2)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
