import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

meters = pd.read_csv("household_power.csv", parse_dates=["timestamp"]).sort_values("timestamp")
meters["kwh"] = meters["kwh"].fillna(meters["kwh"].shift(-1))
meters["hour"] = meters["timestamp"].dt.hour
X_train, X_test, y_train, y_test = train_test_split(meters[["hour", "kwh"]], meters["bill"], test_size=0.25)
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
