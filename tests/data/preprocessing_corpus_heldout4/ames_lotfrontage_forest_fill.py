import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split
from sklearn.linear_model import RidgeCV

houses = pd.read_csv("ames_train.csv")
houses["LogPrice"] = np.log1p(houses.pop("SalePrice"))
predictors = ["LotArea", "1stFlrSF", "GrLivArea", "OverallQual", "YearBuilt"]

known = houses[houses["LotFrontage"].notna()]
lot_model = RandomForestRegressor(n_estimators=200, random_state=0)
lot_model.fit(known[predictors], known["LotFrontage"])
missing = houses["LotFrontage"].isna()
houses.loc[missing, "LotFrontage"] = lot_model.predict(houses.loc[missing, predictors])

features = predictors + ["LotFrontage", "GarageCars", "FullBath"]
X_train, X_valid, y_train, y_valid = train_test_split(houses[features], houses["LogPrice"], test_size=0.2, random_state=0)
ridge = RidgeCV(alphas=np.logspace(-3, 3, 13)).fit(X_train, y_train)
print("valid RMSE (log):", np.sqrt(np.mean((ridge.predict(X_valid) - y_valid) ** 2)))
