import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor

zscore = lambda s: (s - s.mean()) / s.std()

housing = pd.read_csv("california_housing.csv")
num = ["MedInc", "HouseAge", "AveRooms", "AveBedrms", "Population", "AveOccup"]
housing[num] = housing[num].apply(zscore)
X_train, X_test, y_train, y_test = train_test_split(housing[num], housing["MedHouseVal"], random_state=0)
print(KNeighborsRegressor(n_neighbors=9).fit(X_train, y_train).score(X_test, y_test))
