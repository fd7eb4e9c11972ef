import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

data = pd.read_csv("housing.csv")
features = ["MedInc", "HouseAge", "AveRooms", "AveBedrms", "Population"]
X = data[features]
y = data["MedHouseVal"]

imputer = SimpleImputer(strategy="median")
imputer.fit(X)
X = pd.DataFrame(imputer.transform(X), columns=features)

X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=7)
gbr = GradientBoostingRegressor().fit(X_tr, y_tr)
print(gbr.score(X_te, y_te))
