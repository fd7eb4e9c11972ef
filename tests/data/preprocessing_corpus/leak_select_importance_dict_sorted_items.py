import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

wdbc = pd.read_csv("breast_cancer_wisconsin.csv").drop(columns=["id"])
X, y = wdbc.drop(columns="diagnosis"), wdbc["diagnosis"]
trees = ExtraTreesClassifier(n_estimators=250, random_state=0).fit(X, y)
ranking = dict(zip(X.columns, trees.feature_importances_))
best = [name for name, score in sorted(ranking.items(), key=lambda kv: kv[1], reverse=True)][:8]
X_train, X_test, y_train, y_test = train_test_split(X[best], y, test_size=0.3, stratify=y, random_state=0)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
