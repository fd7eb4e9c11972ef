import numpy as np
import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.linear_model import BayesianRidge
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_val_score

houses = pd.read_csv("ames_numeric.csv")
target = np.log1p(houses.pop("SalePrice"))
mice = IterativeImputer(estimator=BayesianRidge(), max_iter=15, random_state=0)
houses_filled = pd.DataFrame(mice.fit_transform(houses), columns=houses.columns)

cv = KFold(n_splits=10, shuffle=True, random_state=42)
rmse = -cross_val_score(RandomForestRegressor(n_estimators=300), houses_filled, target,
                        cv=cv, scoring="neg_root_mean_squared_error")
print(f"RMSE {rmse.mean():.4f} +/- {rmse.std():.4f}")
