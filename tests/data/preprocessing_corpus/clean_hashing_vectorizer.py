import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split

news = pd.read_csv("headlines.csv")
vec = HashingVectorizer(n_features=2**18, alternate_sign=False)
X = vec.fit_transform(news["headline"])
X_train, X_test, y_train, y_test = train_test_split(X, news["category"], random_state=0)
print(SGDClassifier().fit(X_train, y_train).score(X_test, y_test))
