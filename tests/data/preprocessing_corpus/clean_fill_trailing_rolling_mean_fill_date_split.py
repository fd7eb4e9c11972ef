import pandas as pd
from sklearn.ensemble import RandomForestRegressor

traffic = pd.read_csv("traffic_volume.csv", parse_dates=["date_time"]).set_index("date_time").sort_index()
traffic["temp"] = traffic["temp"].fillna(traffic["temp"].rolling(24, min_periods=1).mean())
traffic["hour"] = traffic.index.hour
train = traffic[traffic.index < "2018-01-01"]
test = traffic[traffic.index >= "2018-01-01"]
rf = RandomForestRegressor(n_estimators=100).fit(train[["temp", "hour"]], train["traffic_volume"])
print(rf.score(test[["temp", "hour"]], test["traffic_volume"]))
