import numpy as np
from sklearn.pipeline import FeatureUnion
from sklearn.decomposition import PCA, TruncatedSVD
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.load("pixels.npy")
y = np.load("digits.npy")
union = FeatureUnion([("pca", PCA(n_components=20)), ("svd", TruncatedSVD(n_components=10))])
union.fit(X)
features = union.transform(X)
X_train, X_test, y_train, y_test = train_test_split(features, y, test_size=0.25)
print(LogisticRegression(max_iter=2000).fit(X_train, y_train).score(X_test, y_test))
