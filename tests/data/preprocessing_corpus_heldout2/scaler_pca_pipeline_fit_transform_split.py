from sklearn.datasets import fetch_openml
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X, y = fetch_openml("mnist_784", version=1, return_X_y=True, as_frame=False)
X, y = X[:10000], y[:10000]
reduce = Pipeline([("scale", StandardScaler()), ("pca", PCA(n_components=0.9))])
X_red = reduce.fit_transform(X)

X_train, X_test, y_train, y_test = train_test_split(X_red, y, test_size=0.2, random_state=42)
svc = SVC(C=5, gamma="scale").fit(X_train, y_train)
print("components", reduce.named_steps["pca"].n_components_)
print("accuracy", svc.score(X_test, y_test))
