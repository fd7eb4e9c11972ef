import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.metrics import accuracy_score, confusion_matrix

sms = pd.read_csv("spam.csv", encoding="latin-1")[["v1", "v2"]]
sms.columns = ["label", "message"]
sms["label"] = sms.label.map({"ham": 0, "spam": 1})

vectorizer = TfidfVectorizer(stop_words="english", max_df=0.9, min_df=2)
features = vectorizer.fit_transform(sms["message"])

x_train, x_test, y_train, y_test = train_test_split(features, sms["label"], test_size=0.2, random_state=111)
nb = MultinomialNB(alpha=0.2).fit(x_train, y_train)
pred = nb.predict(x_test)
print(accuracy_score(y_test, pred))
print(confusion_matrix(y_test, pred))
