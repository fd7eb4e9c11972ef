import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

traffic = pd.read_csv("traffic_counts.csv", parse_dates=["hour"]).sort_values("hour")
gap = traffic["vehicles"].isna()
traffic.loc[gap, "vehicles"] = traffic["vehicles"].shift(-1)[gap]
X = traffic[["vehicles", "temp", "rain_mm"]]
X_tr, X_te, y_tr, y_te = train_test_split(X, traffic["congestion"], test_size=0.2, random_state=0)
print(RandomForestRegressor().fit(X_tr, y_tr).score(X_te, y_te))
