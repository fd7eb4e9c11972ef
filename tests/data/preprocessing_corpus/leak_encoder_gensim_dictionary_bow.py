import pandas as pd
from gensim import corpora, matutils
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB

news = pd.read_csv("news_headlines.csv")
tokens = [text.lower().split() for text in news["headline"]]
dictionary = corpora.Dictionary(tokens)
dictionary.filter_extremes(no_below=5, no_above=0.5)
bows = [dictionary.doc2bow(t) for t in tokens]
X = matutils.corpus2dense(bows, num_terms=len(dictionary)).T
X_train, X_test, y_train, y_test = train_test_split(X, news["category"], test_size=0.2)
print(MultinomialNB().fit(X_train, y_train).score(X_test, y_test))
