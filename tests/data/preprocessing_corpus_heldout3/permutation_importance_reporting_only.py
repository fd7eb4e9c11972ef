import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import permutation_importance
from sklearn.model_selection import train_test_split

house = pd.read_csv("california_housing_extended.csv")
X, y = house.drop(columns="median_house_value"), house["median_house_value"]
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.2, random_state=0)
hgb = HistGradientBoostingRegressor().fit(Xtr, ytr)
print("test R2", hgb.score(Xte, yte))
# explanation of the finished model only; nothing below feeds back into training
result = permutation_importance(hgb, Xte, yte, n_repeats=10, random_state=0)
print(pd.Series(result.importances_mean, index=X.columns).sort_values(ascending=False).head(10))
