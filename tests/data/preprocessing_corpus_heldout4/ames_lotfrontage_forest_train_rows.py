import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

houses = pd.read_csv("ames_train.csv")
y = np.log1p(houses.pop("SalePrice"))
train, valid, y_train, y_valid = train_test_split(houses, y, test_size=0.2, random_state=0)
train, valid = train.copy(), valid.copy()

predictors = ["LotArea", "1stFlrSF", "GrLivArea", "OverallQual", "YearBuilt"]
known = train[train["LotFrontage"].notna()]
filler = RandomForestRegressor(n_estimators=200, random_state=0).fit(known[predictors], known["LotFrontage"])
for part in (train, valid):
    gaps = part["LotFrontage"].isna()
    part.loc[gaps, "LotFrontage"] = filler.predict(part.loc[gaps, predictors])

cols = predictors + ["LotFrontage"]
model = Ridge(alpha=3.0).fit(train[cols], y_train)
print("valid RMSE (log):", np.sqrt(np.mean((model.predict(valid[cols]) - y_valid) ** 2)))
