import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import MultinomialNB
from sklearn.model_selection import train_test_split

sms = pd.read_csv("spam.csv", encoding="latin-1")
vectorizer = CountVectorizer(stop_words="english")
bow = vectorizer.fit_transform(sms["text"])
X_train, X_test, y_train, y_test = train_test_split(bow, sms["label"], test_size=0.2)
print(MultinomialNB().fit(X_train, y_train).score(X_test, y_test))
