import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.ensemble import RandomForestRegressor

aq = pd.read_csv("delhi_air_quality.csv", parse_dates=["date"])
cols = ["no2", "so2", "co", "o3", "temp", "wind"]
train = aq[aq["date"].between("2015-01-01", "2018-12-31")].copy()
test = aq[aq["date"].between("2019-01-01", "2020-06-30")].copy()
mm = MinMaxScaler().fit(train[cols])
train[cols], test[cols] = mm.transform(train[cols]), mm.transform(test[cols])
print(RandomForestRegressor(n_estimators=300).fit(train[cols], train["pm25"]).score(test[cols], test["pm25"]))
