import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import RandomForestRegressor

readings = pd.read_csv("meter_readings.csv").sort_values(["meter", "hour"])
readings["temp"] = readings.groupby("meter")["temp"].ffill()
X = readings[["temp", "hour", "meter"]]
print(cross_val_score(RandomForestRegressor(), X, readings["kwh"], cv=KFold(5, shuffle=True)).mean())
