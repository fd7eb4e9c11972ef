from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.svm import SVC

digits = load_digits()
X_dev, X_hold, y_dev, y_hold = train_test_split(digits.data, digits.target, test_size=0.2, random_state=0, stratify=digits.target)

pipe = make_pipeline(StandardScaler(), PCA(), SVC())
grid = GridSearchCV(pipe, {"pca__n_components": [20, 40], "svc__C": [1, 10, 100], "svc__gamma": ["scale", 0.001]}, cv=5, n_jobs=-1)
grid.fit(X_dev, y_dev)
print(grid.best_params_)
print("holdout", grid.best_estimator_.score(X_hold, y_hold))
