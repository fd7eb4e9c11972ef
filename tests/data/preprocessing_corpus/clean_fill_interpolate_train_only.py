import pandas as pd
from sklearn.ensemble import RandomForestRegressor

weather = pd.read_csv("weather_hourly.csv")
cut = int(0.8 * len(weather))
train = weather.iloc[:cut].interpolate()
test = weather.iloc[cut:].dropna()
rf = RandomForestRegressor().fit(train.drop(columns="rain_mm"), train["rain_mm"])
print(rf.score(test.drop(columns="rain_mm"), test["rain_mm"]))
