import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

tweets = pd.read_csv("disaster_tweets.csv")
tweets["text"] = tweets["text"].str.lower().str.replace(r"http\S+", "", regex=True)

bow = CountVectorizer(min_df=3, ngram_range=(1, 2))
X = bow.fit_transform(tweets["text"])
print(len(bow.vocabulary_), "terms")

scores = cross_val_score(LogisticRegression(C=0.5, max_iter=1000), X, tweets["target"], cv=5, scoring="f1")
print("F1 per fold", scores)
