import numpy as np
from sklearn.decomposition import NMF
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

counts = np.load("word_counts.npy")
labels = np.load("topics.npy")
nmf = NMF(n_components=30, init="nndsvda", max_iter=400)
doc_topics = nmf.fit_transform(counts)
X_tr, X_te, y_tr, y_te = train_test_split(doc_topics, labels, test_size=0.2, random_state=0)
print(LogisticRegression(max_iter=1000).fit(X_tr, y_tr).score(X_te, y_te))
