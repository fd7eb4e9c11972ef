import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor

log1p = lambda s: np.log1p(s.clip(lower=0))

housing = pd.read_csv("california_housing.csv")
num = ["MedInc", "HouseAge", "AveRooms", "AveBedrms", "Population", "AveOccup"]
housing[num] = housing[num].apply(log1p)
X_train, X_test, y_train, y_test = train_test_split(housing[num], housing["MedHouseVal"], random_state=0)
print(KNeighborsRegressor(n_neighbors=9).fit(X_train, y_train).score(X_test, y_test))
