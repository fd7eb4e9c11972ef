import pandas as pd

houses = pd.read_csv("train.csv")
num_cols = ["LotFrontage", "LotArea", "GrLivArea", "TotalBsmtSF", "GarageArea"]
X = houses[num_cols]
y = houses["SalePrice"]
