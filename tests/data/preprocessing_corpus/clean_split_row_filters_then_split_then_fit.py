import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LinearRegression

trips = pd.read_csv("taxi_trips.csv")
trips = trips[trips["fare"] > 0]
trips = trips[trips["distance"].between(0.1, 100)]
trips = trips[trips["passengers"].notnull()]
train, test = train_test_split(trips, test_size=0.2, random_state=0)
scaler = StandardScaler().fit(train[["distance", "duration"]])
model = LinearRegression().fit(scaler.transform(train[["distance", "duration"]]), train["fare"])
print(model.score(scaler.transform(test[["distance", "duration"]]), test["fare"]))
