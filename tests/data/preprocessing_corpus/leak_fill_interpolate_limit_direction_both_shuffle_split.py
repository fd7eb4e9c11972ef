import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.model_selection import train_test_split

air = pd.read_csv("AirQualityUCI.csv", sep=";", decimal=",", parse_dates=[["Date", "Time"]])
air = air.replace(-200, float("nan"))
sensor_cols = ["CO(GT)", "PT08.S1(CO)", "NOx(GT)", "NO2(GT)", "T", "RH"]
air[sensor_cols] = air[sensor_cols].interpolate(method="linear", limit_direction="both")
train, test = train_test_split(air, test_size=0.2, shuffle=True, random_state=11)
reg = ExtraTreesRegressor().fit(train[sensor_cols[1:]], train["CO(GT)"])
print(reg.score(test[sensor_cols[1:]], test["CO(GT)"]))
