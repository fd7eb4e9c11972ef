import dask.dataframe as dd
from dask_ml.linear_model import LinearRegression

taxi = dd.read_parquet("nyc_taxi_2019/*.parquet")
taxi = taxi[["trip_distance", "passenger_count", "fare_amount", "tip_amount"]]
taxi = taxi.ffill()
train, test = taxi.random_split([0.8, 0.2], random_state=3)

X_train = train[["trip_distance", "passenger_count", "fare_amount"]].to_dask_array(lengths=True)
y_train = train["tip_amount"].to_dask_array(lengths=True)
X_test = test[["trip_distance", "passenger_count", "fare_amount"]].to_dask_array(lengths=True)
y_test = test["tip_amount"].to_dask_array(lengths=True)
lr = LinearRegression().fit(X_train, y_train)
print(lr.score(X_test, y_test))
