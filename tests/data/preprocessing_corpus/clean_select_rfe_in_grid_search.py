import numpy as np
from sklearn.feature_selection import RFE
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC
from sklearn.model_selection import GridSearchCV, train_test_split

X = np.load("X.npy")
y = np.load("y.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
pipe = Pipeline([("rfe", RFE(LinearSVC())), ("svc", LinearSVC())])
search = GridSearchCV(pipe, {"rfe__n_features_to_select": [5, 10, 20]}, cv=5).fit(X_train, y_train)
print(search.score(X_test, y_test))
