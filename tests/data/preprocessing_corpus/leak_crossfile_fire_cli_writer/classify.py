import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.load("data/embeddings_pca.npy")
y = np.load("data/embedding_labels.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y)
print(LogisticRegression(max_iter=1000).fit(X_train, y_train).score(X_test, y_test))
