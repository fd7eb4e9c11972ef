import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline

tweets = pd.read_csv("tweets.csv")
X_train, X_test, y_train, y_test = train_test_split(tweets["text"], tweets["label"], test_size=0.2, random_state=0)
text_clf = Pipeline([("tfidf", TfidfVectorizer()), ("clf", LogisticRegression(max_iter=1000))])
search = GridSearchCV(text_clf, {"tfidf__ngram_range": [(1, 1), (1, 2)], "clf__C": [0.1, 1, 10]}, cv=3)
search.fit(X_train, y_train)
print(search.score(X_test, y_test))
