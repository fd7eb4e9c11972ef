import numpy as np
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import StandardScaler
from sklearn.kernel_approximation import Nystroem
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import RidgeClassifier

X = np.load("covtype_X.npy")
y = np.load("covtype_y.npy")
features = FeatureUnion([
    ("svd", Pipeline([("scale", StandardScaler()), ("svd", TruncatedSVD(n_components=20))])),
    ("rbf", Nystroem(n_components=300, random_state=0)),
])
X_feat = features.fit_transform(X)
print(cross_val_score(RidgeClassifier(), X_feat, y, cv=3).mean())
