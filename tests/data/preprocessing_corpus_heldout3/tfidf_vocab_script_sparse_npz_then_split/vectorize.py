import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

news = pd.read_csv("bbc_news.csv")
tfidf = TfidfVectorizer(min_df=2, max_df=0.9, ngram_range=(1, 2))
matrix = tfidf.fit_transform(news["text"])
sp.save_npz("bbc_tfidf.npz", matrix)
news[["category"]].to_csv("bbc_labels.csv", index=False)
