import pandas as pd
from pandas.api.types import CategoricalDtype
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

DAYS = CategoricalDtype(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
taxi = pd.read_csv("taxi_trips.csv")
taxi["weekday"] = taxi["weekday"].astype(DAYS)
X = pd.get_dummies(taxi[["weekday", "distance_km", "passengers"]])
X_tr, X_te, y_tr, y_te = train_test_split(X, taxi["fare"], test_size=0.2, random_state=0)
print(LinearRegression().fit(X_tr, y_tr).score(X_te, y_te))
