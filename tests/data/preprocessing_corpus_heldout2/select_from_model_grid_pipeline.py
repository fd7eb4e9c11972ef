from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
pipe = Pipeline([
    ("select", SelectFromModel(RandomForestClassifier(n_estimators=200, random_state=0))),
    ("clf", LogisticRegression(max_iter=5000)),
])
grid = GridSearchCV(pipe, {"select__threshold": ["mean", "median"], "clf__C": [0.1, 1, 10]}, cv=5)
grid.fit(X_train, y_train)
print(grid.best_params_, grid.score(X_test, y_test))
