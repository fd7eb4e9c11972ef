import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

houses = pd.read_csv("ames.csv")
train, test = train_test_split(houses, test_size=0.2, random_state=0)
train, test = train.copy(), test.copy()
known = train["LotFrontage"].notnull()
reg = LinearRegression().fit(train.loc[known, ["LotArea"]], train.loc[known, "LotFrontage"])
for part in (train, test):
    gaps = part["LotFrontage"].isnull()
    part.loc[gaps, "LotFrontage"] = reg.predict(part.loc[gaps, ["LotArea"]])
cols = ["LotArea", "LotFrontage", "OverallQual"]
print(RandomForestRegressor().fit(train[cols], train["SalePrice"]).score(test[cols], test["SalePrice"]))
