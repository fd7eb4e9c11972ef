import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

sensors = pd.read_csv("sensors.csv", parse_dates=["timestamp"]).sort_values("timestamp")
train, test = train_test_split(sensors, test_size=0.2, shuffle=False)
train = train.ffill()
test = test.ffill()
model = GradientBoostingRegressor().fit(train.drop(columns=["timestamp", "load"]), train["load"])
print(model.score(test.drop(columns=["timestamp", "load"]), test["load"]))
