import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import train_test_split

trips = pd.read_parquet("stage2.parquet")
X = trips[["log_distance", "hour", "passengers"]]
X_train, X_test, y_train, y_test = train_test_split(X, trips["fare"], test_size=0.2, random_state=0)
print(HistGradientBoostingRegressor().fit(X_train, y_train).score(X_test, y_test))
