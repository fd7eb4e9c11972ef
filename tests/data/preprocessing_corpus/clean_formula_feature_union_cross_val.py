import numpy as np
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.decomposition import PCA
from sklearn.feature_selection import SelectKBest
from sklearn.svm import SVC
from sklearn.model_selection import cross_val_score

X = np.load("iris_X.npy")
y = np.load("iris_y.npy")
combined = FeatureUnion([("pca", PCA(n_components=2)), ("best", SelectKBest(k=1))])
print(cross_val_score(make_pipeline(combined, SVC()), X, y, cv=5).mean())
