import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

log = pd.read_csv("greenhouse_clean.csv", parse_dates=["ts"], index_col="ts")
cols = ["co2_ppm", "par", "air_temp", "vpd"]
X_train, X_test, y_train, y_test = train_test_split(log[cols], log["transpiration"], test_size=0.2, random_state=0)
rf = RandomForestRegressor(n_estimators=300).fit(X_train, y_train)
print("MAE", mean_absolute_error(y_test, rf.predict(X_test)))
