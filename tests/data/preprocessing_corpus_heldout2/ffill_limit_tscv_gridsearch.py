import pandas as pd
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.ensemble import GradientBoostingRegressor

traffic = pd.read_csv("loop_detector_5min.csv", parse_dates=["t"], index_col="t")
traffic = traffic.ffill(limit=6)
traffic["dow"] = traffic.index.dayofweek
traffic["tod"] = traffic.index.hour * 12 + traffic.index.minute // 5
traffic["flow_next"] = traffic["flow"].shift(-3)
traffic = traffic.dropna()

X = traffic[["flow", "occupancy", "speed", "dow", "tod"]]
search = GridSearchCV(GradientBoostingRegressor(), {"max_depth": [3, 5], "n_estimators": [200, 400]},
                      cv=TimeSeriesSplit(n_splits=4), scoring="neg_mean_absolute_error")
search.fit(X, traffic["flow_next"])
print(search.best_params_, -search.best_score_)
