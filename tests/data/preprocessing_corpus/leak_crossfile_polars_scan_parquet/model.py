import polars as pl
from sklearn.linear_model import SGDRegressor
from sklearn.model_selection import train_test_split

trips = pl.scan_parquet("trips_features.parquet").collect()
X = trips.select(["fare_z", "trip_distance"]).to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, trips["tip_amount"].to_numpy(), test_size=0.2)
print(SGDRegressor().fit(X_train, y_train).score(X_test, y_test))
