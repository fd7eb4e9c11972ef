from types import SimpleNamespace

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor

cal = pd.read_csv("california_housing.csv")
norm = SimpleNamespace(lo=cal["median_income"].min(), hi=cal["median_income"].max())
cal["income_01"] = (cal["median_income"] - norm.lo) / (norm.hi - norm.lo)
X_train, X_test, y_train, y_test = train_test_split(cal[["income_01", "latitude"]], cal["median_house_value"])
print(KNeighborsRegressor(15).fit(X_train, y_train).score(X_test, y_test))
