import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB

reviews = pd.read_csv("reviews.csv")
lexicon = ["good", "bad", "great", "terrible", "love", "hate", "refund", "broken"]
counts = CountVectorizer(vocabulary=lexicon).fit_transform(reviews["text"])
X_train, X_test, y_train, y_test = train_test_split(counts, reviews["stars"] > 3, random_state=0)
print(MultinomialNB().fit(X_train, y_train).score(X_test, y_test))
