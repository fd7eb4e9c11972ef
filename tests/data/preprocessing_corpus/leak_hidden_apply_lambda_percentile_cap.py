import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

taxi = pd.read_csv("taxi_trips.csv")
taxi["trip_distance"] = taxi["trip_distance"].apply(lambda v: min(v, np.percentile(taxi["trip_distance"], 99)))
X_train, X_test, y_train, y_test = train_test_split(taxi[["trip_distance", "passenger_count"]], taxi["fare_amount"])
print(RandomForestRegressor(n_estimators=50).fit(X_train, y_train).score(X_test, y_test))
