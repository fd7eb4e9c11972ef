import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import Normalizer
from sklearn.neighbors import KNeighborsClassifier

counts = pd.read_csv("word_counts.csv")
y = counts.pop("topic")
# scale each document vector to unit length (a per-row operation)
X = Normalizer(norm="l2").fit_transform(counts)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(KNeighborsClassifier(metric="cosine").fit(X_train, y_train).score(X_test, y_test))
