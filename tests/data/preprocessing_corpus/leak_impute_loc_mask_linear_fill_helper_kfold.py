import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import RandomForestRegressor

houses = pd.read_csv("ames.csv")
has_frontage = houses["LotFrontage"].notnull()
reg = LinearRegression()
reg.fit(houses.loc[has_frontage, ["LotArea"]], houses.loc[has_frontage, "LotFrontage"])
houses.loc[~has_frontage, "LotFrontage"] = reg.predict(houses.loc[~has_frontage, ["LotArea"]])
X = houses[["LotArea", "LotFrontage", "OverallQual"]]
print(cross_val_score(RandomForestRegressor(), X, houses["SalePrice"], cv=KFold(5, shuffle=True)).mean())
