import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

SEASONS = ["winter", "spring", "summer", "autumn"]
WEATHER = ["clear", "mist", "light_rain", "heavy_rain"]

rides = pd.read_csv("bike_rides_daily.csv")
rides["season"] = pd.Categorical(rides["season"], categories=SEASONS)
rides["weather"] = pd.Categorical(rides["weather"], categories=WEATHER)
X = pd.get_dummies(rides[["season", "weather", "temp", "humidity"]], drop_first=True)
y = rides["count"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
print(LinearRegression().fit(X_tr, y_tr).score(X_te, y_te))
