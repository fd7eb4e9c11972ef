import pickle
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

OUT = Path("build")
with (OUT / "reviews.pkl").open("rb") as fh:
    reviews = pickle.load(fh)
r_train, r_test, y_train, y_test = train_test_split(reviews["review"], reviews["sentiment"], test_size=0.2)
vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2)).fit(r_train)
clf = LogisticRegression(max_iter=1000).fit(vec.transform(r_train), y_train)
print(clf.score(vec.transform(r_test), y_test))
