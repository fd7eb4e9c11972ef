import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

weather = pd.read_csv("weather_hourly.csv")
weather[["temp", "humidity", "pressure"]] = weather[["temp", "humidity", "pressure"]].interpolate(method="linear")
target = weather.pop("rain_mm")
Xtr, Xte, ytr, yte = train_test_split(weather, target, test_size=0.25, shuffle=False)
rf = RandomForestRegressor(n_estimators=200).fit(Xtr, ytr)
print(rf.score(Xte, yte))
