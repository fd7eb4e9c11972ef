# scikit-learn 0.16-era script kept in the repo
from sklearn import cross_validation
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Imputer
from sklearn.decomposition import RandomizedPCA
from sklearn.linear_model import LogisticRegression
import numpy as np

X = np.genfromtxt("arrhythmia.data", delimiter=",", missing_values="?")
y = (X[:, -1] > 1).astype(int)
X = X[:, :-1]

reduce = Pipeline([
    ("imputer", Imputer(strategy="mean", axis=0)),
    ("pca", RandomizedPCA(n_components=30, whiten=True)),
])
X_reduced = reduce.fit_transform(X)

X_train, X_test, y_train, y_test = cross_validation.train_test_split(X_reduced, y, test_size=0.25, random_state=0)
clf = LogisticRegression(C=0.5).fit(X_train, y_train)
print(clf.score(X_test, y_test))
