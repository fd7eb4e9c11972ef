import numpy as np
from sklearn.preprocessing import Normalizer
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

X = np.load("document_term_counts.npy")
y = np.load("document_topics.npy")
X = Normalizer(norm="l2").fit_transform(X)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
print(KNeighborsClassifier(metric="cosine").fit(X_tr, y_tr).score(X_te, y_te))
