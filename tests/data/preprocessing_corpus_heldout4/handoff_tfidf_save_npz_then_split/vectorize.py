import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

papers = pd.read_csv("arxiv_abstracts.csv")
vec = TfidfVectorizer(max_features=50000, stop_words="english", min_df=5)
matrix = vec.fit_transform(papers["abstract"])
sparse.save_npz("artifacts/abstracts_tfidf.npz", matrix)
np.save("artifacts/abstract_labels.npy", papers["primary_category"].to_numpy())
