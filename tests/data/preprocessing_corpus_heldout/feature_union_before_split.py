from sklearn.datasets import load_wine
from sklearn.pipeline import FeatureUnion
from sklearn.decomposition import PCA
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

wine = load_wine()
combined = FeatureUnion([
    ("pca", PCA(n_components=3)),
    ("univ", SelectKBest(f_classif, k=4)),
])
X_features = combined.fit_transform(wine.data, wine.target)

X_train, X_test, y_train, y_test = train_test_split(X_features, wine.target, test_size=0.3, random_state=1)
svc = SVC(kernel="linear").fit(X_train, y_train)
print("score", svc.score(X_test, y_test))
