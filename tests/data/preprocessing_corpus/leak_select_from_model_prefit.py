import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

df = pd.read_csv("madelon.csv")
X, y = df.drop(columns="target"), df["target"]
forest = ExtraTreesClassifier(n_estimators=250, random_state=0).fit(X, y)
selector = SelectFromModel(forest, prefit=True)
X_new = selector.transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_new, y, random_state=0)
print(LinearSVC().fit(X_train, y_train).score(X_test, y_test))
