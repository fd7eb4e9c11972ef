import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.pipeline import Pipeline
from sklearn.model_selection import cross_val_score
from sklearn.svm import LinearSVC

df = pd.read_csv("madelon.csv")
X, y = df.drop(columns="target"), df["target"]
pipe = Pipeline([("select", SelectFromModel(ExtraTreesClassifier(n_estimators=250))), ("svm", LinearSVC())])
print(cross_val_score(pipe, X, y, cv=5).mean())
