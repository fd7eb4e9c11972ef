import pandas as pd
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.svm import SVC

df = pd.read_csv("digits.csv")
X, y = df.drop(columns="label"), df["label"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

pipe = make_pipeline(StandardScaler(), PCA(), SVC())
grid = GridSearchCV(pipe, {"pca__n_components": [20, 40], "svc__C": [1, 10]}, cv=5, n_jobs=-1)
grid.fit(X_train, y_train)
print(grid.best_params_, grid.score(X_test, y_test))
