import pandas as pd
from sklearn.preprocessing import RobustScaler
from sklearn.neighbors import KNeighborsRegressor

boston = pd.read_csv("BostonHousing.csv")
predictors = ["crim", "rm", "age", "dis", "tax", "ptratio", "lstat"]
boston[predictors] = RobustScaler().fit_transform(boston[predictors])

train_df = boston.sample(frac=0.8, random_state=200)
test_df = boston.drop(train_df.index)
knn = KNeighborsRegressor(n_neighbors=6, weights="distance").fit(train_df[predictors], train_df["medv"])
print("test R2", knn.score(test_df[predictors], test_df["medv"]))
