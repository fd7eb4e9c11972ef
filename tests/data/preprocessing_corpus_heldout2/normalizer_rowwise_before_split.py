import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Normalizer, FunctionTransformer
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

counts = np.load("word_counts.npy")
labels = np.load("topics.npy")
# each document scaled to unit length after a square root: per-row, nothing learned across rows
rowwise = make_pipeline(FunctionTransformer(np.sqrt), Normalizer(norm="l2"))
X = rowwise.fit_transform(counts)

X_train, X_test, y_train, y_test = train_test_split(X, labels, test_size=0.2, random_state=0)
knn = KNeighborsClassifier(n_neighbors=15, metric="cosine").fit(X_train, y_train)
print(knn.score(X_test, y_test))
