import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import SGDClassifier

news = pd.read_json("News_Category_Dataset_v3.json", lines=True)
texts = news["headline"] + " " + news["short_description"]
tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True)
tfidf.fit(texts)

txt_train, txt_test, cat_train, cat_test = train_test_split(texts, news["category"], test_size=0.2, random_state=0)
clf = SGDClassifier(loss="modified_huber", alpha=2e-5).fit(tfidf.transform(txt_train), cat_train)
print("test accuracy", clf.score(tfidf.transform(txt_test), cat_test))
