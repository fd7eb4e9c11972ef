import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.model_selection import cross_val_predict
from sklearn.naive_bayes import MultinomialNB
from sklearn.pipeline import make_pipeline
from sklearn.metrics import classification_report

sms = pd.read_csv("sms.csv")
pipe = make_pipeline(CountVectorizer(min_df=2), MultinomialNB())
pred = cross_val_predict(pipe, sms["text"], sms["label"], cv=5)
print(classification_report(sms["label"], pred))
