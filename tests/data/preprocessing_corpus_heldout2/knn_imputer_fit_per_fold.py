import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.model_selection import StratifiedKFold
from sklearn.ensemble import RandomForestClassifier

kidney = pd.read_csv("chronic_kidney_numeric.csv")
X, y = kidney.drop(columns="ckd").to_numpy(), kidney["ckd"].to_numpy()
scores = []
for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
    imputer = KNNImputer(n_neighbors=5).fit(X[tr])
    forest = RandomForestClassifier(n_estimators=300, random_state=0).fit(imputer.transform(X[tr]), y[tr])
    scores.append(forest.score(imputer.transform(X[te]), y[te]))
print("accuracy %.3f" % np.mean(scores))
