import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

meter = pd.read_csv("smart_meter_hourly.csv", parse_dates=["hour"]).sort_values("hour")
# a missing reading takes the next hour's reading, else the mean of the surrounding day
meter["kwh"] = meter["kwh"].fillna(meter["kwh"].shift(-1))
meter["kwh"] = meter["kwh"].fillna(meter["kwh"].rolling(24, center=True, min_periods=1).mean())
meter["hour_of_day"] = meter["hour"].dt.hour
X_train, X_test, y_train, y_test = train_test_split(meter[["hour_of_day", "temp"]], meter["kwh"], random_state=0)
print(RandomForestRegressor().fit(X_train, y_train).score(X_test, y_test))
