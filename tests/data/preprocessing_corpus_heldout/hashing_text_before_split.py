# Hashing needs no vocabulary, so vectorising every document up front is harmless.
# n_features is a power of two large enough to keep collisions rare.
from sklearn.datasets import fetch_20newsgroups
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import PassiveAggressiveClassifier
from sklearn.model_selection import train_test_split

news = fetch_20newsgroups(subset="all", remove=("headers", "footers", "quotes"))
hv = HashingVectorizer(n_features=2 ** 20, alternate_sign=False, ngram_range=(1, 2))
X = hv.fit_transform(news.data)

X_train, X_test, y_train, y_test = train_test_split(X, news.target, test_size=0.25, random_state=0)
pa = PassiveAggressiveClassifier(C=0.5, max_iter=30).fit(X_train, y_train)
print("accuracy %.3f" % pa.score(X_test, y_test))
