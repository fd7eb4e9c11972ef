import numpy as np
import pandas as pd
from sklearn.inspection import permutation_importance
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score

wine = pd.read_csv("winequality-red.csv", sep=";")
y = (wine.pop("quality") >= 7).astype(int)
rf = RandomForestClassifier(n_estimators=300, random_state=0)
imp = permutation_importance(rf.fit(wine, y), wine, y, n_repeats=10, random_state=0)
top8 = wine.columns[np.argsort(imp.importances_mean)[::-1][:8]]

acc = cross_val_score(RandomForestClassifier(n_estimators=300, random_state=1), wine[top8], y, cv=10)
print(list(top8), acc.mean())
