import numpy as np
import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import BayesianRidge
from sklearn.model_selection import cross_val_score

houses = pd.read_csv("housing.csv")
numeric = houses.select_dtypes(include=[np.number]).drop(columns=["SalePrice"])

imp = IterativeImputer(estimator=BayesianRidge(), max_iter=15, random_state=0)
filled = imp.fit_transform(numeric)
X = pd.DataFrame(filled, columns=numeric.columns)
y = np.log1p(houses["SalePrice"])

scores = cross_val_score(HistGradientBoostingRegressor(), X, y, cv=5, scoring="neg_root_mean_squared_error")
print("RMSLE: %.4f (+/- %.4f)" % (-scores.mean(), scores.std()))
