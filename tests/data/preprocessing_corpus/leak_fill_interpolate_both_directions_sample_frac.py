import pandas as pd
from sklearn.linear_model import Lasso

weather = pd.read_csv("weather_station.csv", parse_dates=["date"], index_col="date")
weather = weather.interpolate(method="linear", limit_direction="both")
train = weather.sample(frac=0.8, random_state=200)
test = weather.drop(train.index)
cols = ["pressure", "humidity", "wind_speed"]
lasso = Lasso(alpha=0.01).fit(train[cols], train["temperature"])
print(lasso.score(test[cols], test["temperature"]))
