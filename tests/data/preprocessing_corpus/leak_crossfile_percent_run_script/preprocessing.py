import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler

houses = pd.read_csv("train.csv")
num_cols = ["LotFrontage", "LotArea", "GrLivArea", "TotalBsmtSF", "GarageArea"]
houses[num_cols] = SimpleImputer(strategy="median").fit_transform(houses[num_cols])
houses[num_cols] = StandardScaler().fit_transform(houses[num_cols])
X = houses[num_cols]
y = houses["SalePrice"]
