import numpy as np
import pandas as pd
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LassoCV

houses = pd.read_csv("ames_numeric.csv").fillna(0)
skewed = ["LotArea", "GrLivArea", "1stFlrSF", "MasVnrArea"]
logged = {f"log_{c}": np.log1p(houses[c]) for c in skewed}
houses = houses.assign(**logged).drop(columns=skewed)
squares = [houses[c] ** 2 for c in ["OverallQual", "GarageCars"]]
houses["qual_sq"], houses["garage_sq"] = squares

y = np.log(houses.pop("SalePrice"))
print(cross_val_score(LassoCV(cv=3), houses, y, cv=5).mean())
