import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

weather = pd.read_csv("weather_hourly.csv", parse_dates=["ts"]).sort_values("ts")
weather["temp"] = weather["temp"].combine_first(weather["temp"].shift(-1))
weather["hour"] = weather["ts"].dt.hour
X_tr, X_te, y_tr, y_te = train_test_split(weather[["hour", "temp"]], weather["load"], test_size=0.2)
print(LinearRegression().fit(X_tr, y_tr).score(X_te, y_te))
