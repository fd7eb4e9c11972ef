import pandas as pd
from sklearn.feature_selection import RFECV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import GridSearchCV, cross_val_score

spam = pd.read_csv("spambase.csv")
X, y = spam.drop(columns="is_spam"), spam["is_spam"]
pipe = Pipeline([("sc", StandardScaler()), ("rfe", RFECV(LogisticRegression(max_iter=3000), step=5, cv=3)), ("clf", LogisticRegression(max_iter=3000))])
grid = GridSearchCV(pipe, {"clf__C": [0.1, 1.0, 10.0]}, cv=3)
print(cross_val_score(grid, X, y, cv=5).mean())
