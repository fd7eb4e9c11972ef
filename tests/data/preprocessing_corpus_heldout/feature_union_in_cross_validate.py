# Two decompositions side by side, everything inside the pipeline so that
# cross_validate refits them on each training fold.
from sklearn.datasets import load_breast_cancer
from sklearn.pipeline import Pipeline, FeatureUnion
from sklearn.decomposition import PCA, TruncatedSVD
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_validate

X, y = load_breast_cancer(return_X_y=True)
features = FeatureUnion([("pca", PCA(n_components=5)), ("svd", TruncatedSVD(n_components=3))])
pipe = Pipeline([("scale", StandardScaler()), ("features", features), ("rf", RandomForestClassifier(random_state=0))])

out = cross_validate(pipe, X, y, cv=5, scoring=("accuracy", "f1"), return_train_score=True)
print({k: v.mean().round(3) for k, v in out.items() if k.startswith("test_")})
