import pandas as pd
from sklearn.compose import TransformedTargetRegressor, ColumnTransformer
from sklearn.preprocessing import QuantileTransformer, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import cross_validate

ames = pd.read_csv("ames_numeric.csv")
cols = ["GrLivArea", "TotalBsmtSF", "GarageArea", "YearBuilt"]
reg = TransformedTargetRegressor(regressor=Pipeline([("sc", ColumnTransformer([("s", StandardScaler(), cols)])), ("r", RidgeCV())]), transformer=QuantileTransformer(n_quantiles=300, output_distribution="normal"))
print(cross_validate(reg, ames[cols], ames["SalePrice"], cv=5)["test_score"].mean())
