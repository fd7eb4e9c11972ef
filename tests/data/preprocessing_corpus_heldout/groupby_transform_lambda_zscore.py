"""Will the passenger tip more than 20%?

Fares are compared with the usual fare of the pickup zone.
"""
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

rides = pd.read_csv("taxi_trips.csv")
rides["fare_vs_zone"] = rides.groupby("pickup_zone")["fare"].transform(lambda s: (s - s.mean()) / s.std())
rides["tip_rate"] = rides["tip"] / rides["fare"].clip(lower=1)

cols = ["fare_vs_zone", "trip_km", "passengers", "hour"]
train, test = train_test_split(rides, test_size=0.2, random_state=30)
rf = RandomForestClassifier(n_estimators=200, n_jobs=-1).fit(train[cols], train["tip_rate"] > 0.2)
print(rf.score(test[cols], test["tip_rate"] > 0.2))
