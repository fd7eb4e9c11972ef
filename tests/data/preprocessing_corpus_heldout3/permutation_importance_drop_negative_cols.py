import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import permutation_importance
from sklearn.model_selection import train_test_split

house = pd.read_csv("california_housing_extended.csv")
X, y = house.drop(columns="median_house_value"), house["median_house_value"]
hgb = HistGradientBoostingRegressor().fit(X, y)
result = permutation_importance(hgb, X, y, n_repeats=10, random_state=0)
useful = X.columns[result.importances_mean > 0]

Xtr, Xte, ytr, yte = train_test_split(X[useful], y, test_size=0.2, random_state=0)
print(HistGradientBoostingRegressor().fit(Xtr, ytr).score(Xte, yte))
