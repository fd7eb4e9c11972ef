import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

flights = pd.read_csv("flights.csv")
carriers = flights["carrier"].unique().tolist()
flights["carrier_id"] = flights["carrier"].map({c: i for i, c in enumerate(carriers)})
X = flights[["carrier_id", "distance", "dep_hour"]]
X_train, X_test, y_train, y_test = train_test_split(X, flights["delayed"], random_state=0)
print(KNeighborsClassifier().fit(X_train, y_train).score(X_test, y_test))
