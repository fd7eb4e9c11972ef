import pandas as pd
from sklearn.neighbors import KNeighborsRegressor
from sklearn.model_selection import train_test_split

meter = pd.read_csv("smart_meter.csv")
meter["kwh"] = meter["kwh"].where(meter["kwh"].notna(), meter["kwh"].shift(-1))
X = meter[["kwh", "outside_temp"]]
y = meter["next_day_kwh"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=5)
print(KNeighborsRegressor(10).fit(X_train, y_train).score(X_test, y_test))
