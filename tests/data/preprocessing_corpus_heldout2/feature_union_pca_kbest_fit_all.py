from sklearn.datasets import load_wine
from sklearn.pipeline import FeatureUnion
from sklearn.decomposition import PCA
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

X, y = load_wine(return_X_y=True)
combined = FeatureUnion([("pca", PCA(n_components=3)), ("best", SelectKBest(f_classif, k=4))])
X_features = combined.fit(X, y).transform(X)

X_train, X_test, y_train, y_test = train_test_split(X_features, y, test_size=0.3, random_state=3, stratify=y)
forest = RandomForestClassifier(n_estimators=200, random_state=3).fit(X_train, y_train)
print("accuracy:", forest.score(X_test, y_test))
print("union output width:", X_features.shape[1])
