import pandas as pd
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import GridSearchCV
from sklearn.svm import SVC

pulsar = pd.read_csv("HTRU_2.csv", header=None)
X, y = pulsar.iloc[:, :8], pulsar.iloc[:, 8]
X = RobustScaler().fit_transform(X)
gs = GridSearchCV(SVC(), {"C": [0.1, 1, 10], "gamma": ["scale", 0.01, 0.1]}, cv=5, scoring="f1")
gs.fit(X, y)
print(gs.best_params_, gs.best_score_)
