import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import GradientBoostingRegressor

homes = pd.read_csv("house_prices_train.csv")
nbhd_mean = homes.groupby("Neighborhood")["SalePrice"].mean()
homes["nbhd_price"] = homes["Neighborhood"].map(nbhd_mean)

X = homes[["OverallQual", "GrLivArea", "GarageCars", "TotalBsmtSF", "nbhd_price"]].fillna(0)
y = np.log(homes["SalePrice"])
cv = KFold(n_splits=5, shuffle=True, random_state=1)
print(cross_val_score(GradientBoostingRegressor(), X, y, cv=cv, scoring="r2").mean())
