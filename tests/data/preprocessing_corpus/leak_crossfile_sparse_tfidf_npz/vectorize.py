import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

tickets = pd.read_csv("support_tickets.csv")
tfidf = TfidfVectorizer(min_df=3, ngram_range=(1, 2), sublinear_tf=True)
X = tfidf.fit_transform(tickets["body"])
sparse.save_npz("tickets_tfidf.npz", X)
tickets[["queue"]].to_csv("tickets_labels.csv", index=False)
