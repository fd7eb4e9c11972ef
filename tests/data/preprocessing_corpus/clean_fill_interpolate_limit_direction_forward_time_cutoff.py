import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor

air = pd.read_csv("AirQualityUCI.csv", sep=";", decimal=",", parse_dates=[["Date", "Time"]])
air = air.replace(-200, float("nan")).sort_values("Date_Time")
sensor_cols = ["CO(GT)", "PT08.S1(CO)", "NOx(GT)", "NO2(GT)", "T", "RH"]
cutoff = pd.Timestamp("2005-01-01")
train = air[air["Date_Time"] < cutoff].copy()
test = air[air["Date_Time"] >= cutoff].copy()
train[sensor_cols] = train[sensor_cols].interpolate(method="linear", limit_direction="both")
test[sensor_cols] = test[sensor_cols].ffill()
reg = ExtraTreesRegressor().fit(train[sensor_cols[1:]], train["CO(GT)"])
print(reg.score(test[sensor_cols[1:]].fillna(0), test["CO(GT)"].fillna(0)))
