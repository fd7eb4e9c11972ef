import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import MultinomialNB
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

reviews = pd.read_csv("imdb_reviews.csv")
reviews["review"] = reviews["review"].str.lower().str.replace(r"<br\s*/?>", " ", regex=True)

cv = CountVectorizer(stop_words="english", min_df=3, ngram_range=(1, 2))
bag = cv.fit_transform(reviews["review"])
print("vocabulary size:", len(cv.vocabulary_))

x_train, x_test, y_train, y_test = train_test_split(bag, reviews["sentiment"], test_size=0.2, random_state=1)
nb = MultinomialNB(alpha=0.5)
nb.fit(x_train, y_train)
print(accuracy_score(y_test, nb.predict(x_test)))
