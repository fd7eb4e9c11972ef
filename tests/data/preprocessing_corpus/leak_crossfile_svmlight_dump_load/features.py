import pandas as pd
from sklearn.datasets import dump_svmlight_file
from sklearn.feature_extraction.text import TfidfVectorizer

reviews = pd.read_csv("reviews.csv")
X = TfidfVectorizer(min_df=3, sublinear_tf=True).fit_transform(reviews["text"])
dump_svmlight_file(X, reviews["stars"].values, "reviews.svmlight")
