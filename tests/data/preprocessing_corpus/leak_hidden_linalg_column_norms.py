import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

X = np.load("gene_expression.npy")
y = np.load("tumor_type.npy")
X = X / np.linalg.norm(X, axis=0, keepdims=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, test_size=0.25)
print(LogisticRegression(max_iter=2000).fit(X_train, y_train).score(X_test, y_test))
