import numpy as np
from sklearn.datasets import load_digits
from sklearn.pipeline import FeatureUnion
from sklearn.decomposition import PCA, TruncatedSVD
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

digits = load_digits()
X_train, X_test, y_train, y_test = train_test_split(digits.data, digits.target, test_size=0.3, random_state=0)
union = FeatureUnion([("pca", PCA(n_components=20)), ("svd", TruncatedSVD(n_components=10, random_state=0))])
Z_train = union.fit_transform(X_train)
Z_test = union.transform(X_test)
clf = LogisticRegression(max_iter=5000).fit(Z_train, y_train)
print("test accuracy", np.round(clf.score(Z_test, y_test), 4))
