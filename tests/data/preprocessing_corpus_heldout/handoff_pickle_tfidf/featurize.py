"""Turn the ticket dump into a TF-IDF matrix.

Output: tfidf_features.pkl (X, y, vectorizer), read by classify.py.
"""
import pickle
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

tickets = pd.read_json("tickets.jsonl", lines=True)
tickets = tickets[tickets["body"].str.len() > 20]

vec = TfidfVectorizer(sublinear_tf=True, max_features=50000, min_df=2)
matrix = vec.fit_transform(tickets["subject"] + " " + tickets["body"])

with open("tfidf_features.pkl", "wb") as fh:
    pickle.dump({"X": matrix, "y": tickets["queue"].values, "vectorizer": vec}, fh)
