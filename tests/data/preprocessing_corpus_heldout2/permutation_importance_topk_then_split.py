import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import permutation_importance
from sklearn.model_selection import train_test_split

bikes = pd.read_csv("bike_sharing_day.csv")
X = bikes.drop(columns=["cnt", "casual", "registered", "dteday", "instant"])
y = bikes["cnt"]

probe = HistGradientBoostingRegressor().fit(X, y)
imp = permutation_importance(probe, X, y, n_repeats=10, random_state=0)
order = np.argsort(imp.importances_mean)[::-1]
top = X.columns[order[:6]]

X_tr, X_te, y_tr, y_te = train_test_split(X[top], y, test_size=0.2, random_state=0)
final = HistGradientBoostingRegressor().fit(X_tr, y_tr)
print(list(top), final.score(X_te, y_te))
