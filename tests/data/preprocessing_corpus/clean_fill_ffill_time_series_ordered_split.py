import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

sensors = pd.read_csv("sensors.csv", parse_dates=["timestamp"]).sort_values("timestamp")
sensors = sensors.fillna(method="ffill")
X = sensors.drop(columns=["timestamp", "load"])
y = sensors["load"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, shuffle=False)
model = GradientBoostingRegressor().fit(X_train, y_train)
print(model.score(X_test, y_test))
