from sklearn.datasets import load_digits
from sklearn.pipeline import Pipeline
from sklearn.feature_selection import SelectFromModel
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.svm import SVC
from sklearn.model_selection import GridSearchCV, train_test_split

digits = load_digits()
X_train, X_test, y_train, y_test = train_test_split(digits.data, digits.target, test_size=0.25, random_state=0)

pipe = Pipeline([
    ("select", SelectFromModel(ExtraTreesClassifier(n_estimators=200, random_state=0))),
    ("svc", SVC()),
])
grid = GridSearchCV(pipe, {"select__threshold": ["mean", "median"], "svc__C": [1, 10]}, cv=5)
grid.fit(X_train, y_train)
print(grid.best_params_, grid.score(X_test, y_test))
