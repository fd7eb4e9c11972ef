import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_val_score

houses = pd.read_csv("house_prices_multivariate.csv")
X = houses.drop(["SalePrice"], axis=1)
y = houses["SalePrice"]

trees = ExtraTreesRegressor(n_estimators=100).fit(X, y)
sfm = SelectFromModel(trees, prefit=True)
kept = list(X.columns[sfm.get_support()])

scores = cross_val_score(Ridge(alpha=1.0), X[kept], y, cv=5)
print(scores.mean())
