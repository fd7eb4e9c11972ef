import numpy as np
import pandas as pd
from sklearn.inspection import permutation_importance
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

frame = pd.read_csv("bike_sharing.csv")
X, y = frame.drop(columns="count"), frame["count"]
rf = RandomForestRegressor(n_estimators=100).fit(X, y)
result = permutation_importance(rf, X, y, n_repeats=10, random_state=0)
top = X.columns[np.argsort(result.importances_mean)[::-1][:10]]
X_train, X_test, y_train, y_test = train_test_split(X[top], y, test_size=0.2)
print(RandomForestRegressor().fit(X_train, y_train).score(X_test, y_test))
