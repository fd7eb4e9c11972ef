import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

traffic = pd.read_csv("traffic_volume.csv", parse_dates=["date_time"]).set_index("date_time")
traffic["temp"] = traffic["temp"].fillna(traffic["temp"].rolling(24, min_periods=1).mean())
traffic["hour"] = traffic.index.hour
train, test = train_test_split(traffic, test_size=0.25, random_state=7)
rf = RandomForestRegressor(n_estimators=100).fit(train[["temp", "hour"]], train["traffic_volume"])
print(rf.score(test[["temp", "hour"]], test["traffic_volume"]))
