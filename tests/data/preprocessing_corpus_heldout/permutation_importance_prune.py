import numpy as np
import pandas as pd
from sklearn.inspection import permutation_importance
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error

bikes = pd.read_csv("bike_sharing_daily.csv")
X = bikes.drop(columns=["cnt", "dteday", "instant"])
y = bikes["cnt"]

probe = HistGradientBoostingRegressor(max_iter=300)
probe.fit(X, y)
pi = permutation_importance(probe, X, y, n_repeats=10, random_state=0)
useful = X.columns[pi.importances_mean > 0.005]
print("useful features:", list(useful))

X_tr, X_te, y_tr, y_te = train_test_split(X[useful], y, test_size=0.2, random_state=0)
final = HistGradientBoostingRegressor(max_iter=300).fit(X_tr, y_tr)
print(mean_absolute_error(y_te, final.predict(X_te)))
