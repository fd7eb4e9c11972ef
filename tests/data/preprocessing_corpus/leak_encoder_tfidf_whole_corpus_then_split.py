import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

spam = pd.read_csv("spam.csv", encoding="latin-1")[["v1", "v2"]]
spam.columns = ["label", "text"]
vectorizer = TfidfVectorizer(stop_words="english", min_df=2)
features = vectorizer.fit_transform(spam["text"])
x_train, x_test, y_train, y_test = train_test_split(features, spam["label"], test_size=0.2, random_state=9)
clf = LogisticRegression(max_iter=1000).fit(x_train, y_train)
print(clf.score(x_test, y_test))
