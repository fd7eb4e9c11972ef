import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import RandomForestRegressor

traffic = pd.read_csv("Metro_Interstate_Traffic_Volume.csv", parse_dates=["date_time"])
traffic = traffic.drop_duplicates("date_time").set_index("date_time").asfreq("h")
traffic["temp"] = traffic["temp"].replace(0, np.nan)
traffic[["temp", "traffic_volume"]] = traffic[["temp", "traffic_volume"]].interpolate(method="linear")
traffic["hour"] = traffic.index.hour
traffic["dow"] = traffic.index.dayofweek

X = traffic[["temp", "hour", "dow"]].to_numpy()
y = traffic["traffic_volume"].to_numpy()
cv = KFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(RandomForestRegressor(n_estimators=200, n_jobs=-1), X, y, cv=cv, scoring="r2")
print(f"R2 {scores.mean():.3f} +/- {scores.std():.3f}")
