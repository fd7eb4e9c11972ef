import numpy as np
from sklearn.preprocessing import normalize
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.load("gene_expression.npy")
y = np.load("tumour_type.npy")
X = normalize(X, norm="max", axis=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, test_size=0.25)
print(LogisticRegression(max_iter=3000).fit(X_train, y_train).score(X_test, y_test))
