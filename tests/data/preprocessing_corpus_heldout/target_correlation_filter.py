import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor
from sklearn.metrics import r2_score

ames = pd.read_csv("ames.csv").select_dtypes("number").dropna(axis=1)

corr = ames.corr()["SalePrice"].drop("SalePrice")
strong = corr[corr.abs() > 0.5].index
print(corr[strong].sort_values())

X_train, X_val, y_train, y_val = train_test_split(ames[strong], ames["SalePrice"], test_size=0.25, random_state=10)
knn = KNeighborsRegressor(n_neighbors=9, weights="distance").fit(X_train, y_train)
print("R2", r2_score(y_val, knn.predict(X_val)))
