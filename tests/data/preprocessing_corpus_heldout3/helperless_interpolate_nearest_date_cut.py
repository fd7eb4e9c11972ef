import pandas as pd
from sklearn.svm import SVR
from sklearn.preprocessing import StandardScaler

river = pd.read_csv("river_levels_station_42.csv", parse_dates=["ts"]).set_index("ts")
river["level_cm"] = river["level_cm"].interpolate(method="nearest")
river["level_lag1"] = river["level_cm"].shift(1)
river["level_lag2"] = river["level_cm"].shift(2)
river = river.dropna()

train = river[river.index < "2021-06-01"]
test = river[river.index >= "2021-06-01"]
cols = ["level_lag1", "level_lag2", "rain_mm"]
sc = StandardScaler().fit(train[cols])
svr = SVR(C=10.0).fit(sc.transform(train[cols]), train["level_cm"])
print(svr.score(sc.transform(test[cols]), test["level_cm"]))
