from sklearn.datasets import load_breast_cancer
from sklearn.feature_selection import SequentialFeatureSelector
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split

data = load_breast_cancer(as_frame=True)
X, y = data.data, data.target
sfs = SequentialFeatureSelector(KNeighborsClassifier(n_neighbors=7), n_features_to_select=6, direction="forward")
sfs.fit(X, y)
picked = X.columns[sfs.get_support()]

X_train, X_test, y_train, y_test = train_test_split(X[picked], y, test_size=0.3, random_state=0)
knn = KNeighborsClassifier(n_neighbors=7).fit(X_train, y_train)
print(list(picked), "test accuracy", knn.score(X_test, y_test))
