from sklearn.datasets import fetch_covtype
from sklearn.pipeline import Pipeline
from sklearn.feature_selection import SelectFromModel
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import GridSearchCV, train_test_split

cov = fetch_covtype()
X_train, X_test, y_train, y_test = train_test_split(cov.data[:40000], cov.target[:40000], test_size=0.25, random_state=0)
pipe = Pipeline([
    ("select", SelectFromModel(RandomForestClassifier(n_estimators=100, random_state=0))),
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(max_iter=2000)),
])
grid = GridSearchCV(pipe, {"select__threshold": ["mean", "median"], "clf__C": [0.1, 1, 10]}, cv=3, n_jobs=-1)
grid.fit(X_train, y_train)
print(grid.best_params_, grid.score(X_test, y_test))
