import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

X = np.load("gene_expression.npy")
y = np.load("tumour_type.npy")
X = X / np.linalg.norm(X, axis=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y)
print(LinearSVC().fit(X_train, y_train).score(X_test, y_test))
