import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

meter = pd.read_csv("water_meter.csv")
meter["reading"] = meter["reading"].replace(to_replace=0, method="ffill")
meter["usage"] = meter["reading"].diff().fillna(0)
X_train, X_test, y_train, y_test = train_test_split(meter[["usage", "temp"]], meter["leak_flag"], test_size=0.3)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
