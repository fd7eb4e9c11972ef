import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.ensemble import RandomForestRegressor

aq = pd.read_csv("delhi_air_quality.csv", parse_dates=["date"])
cols = ["no2", "so2", "co", "o3", "temp", "wind"]
aq[cols] = MinMaxScaler().fit_transform(aq[cols])
train = aq[aq["date"].between("2015-01-01", "2018-12-31")]
test = aq[aq["date"].between("2019-01-01", "2020-06-30")]
print(RandomForestRegressor(n_estimators=300).fit(train[cols], train["pm25"]).score(test[cols], test["pm25"]))
