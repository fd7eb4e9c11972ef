import pandas as pd
from sklearn.pipeline import Pipeline
from feature_engine.outliers import Winsorizer
from feature_engine.transformation import YeoJohnsonTransformer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

houses = pd.read_csv("melbourne_housing.csv").dropna(subset=["Landsize", "BuildingArea", "Price"])
cols = ["Landsize", "BuildingArea", "Distance", "Rooms"]
prep = Pipeline([("wins", Winsorizer(capping_method="iqr", tail="both", fold=1.5, variables=cols)), ("yj", YeoJohnsonTransformer(variables=cols))])
houses[cols] = prep.fit_transform(houses[cols])
tr, te = train_test_split(houses, test_size=0.2, random_state=0)
print(RandomForestRegressor().fit(tr[cols], tr["Price"]).score(te[cols], te["Price"]))
