import pandas as pd
from sklearn.linear_model import LinearRegression

temps = pd.read_csv("city_temps.csv", parse_dates=["day"], index_col="day")
n_test = 365
train, test = temps.iloc[:-n_test].copy(), temps.iloc[-n_test:].copy()
train["tmax"] = train["tmax"].interpolate()
# gaps in the test year may only use the past: prepend the last training day
test["tmax"] = pd.concat([train["tmax"].tail(1), test["tmax"]]).ffill().iloc[1:]

for df in (train, test):
    df["doy"] = df.index.dayofyear
    df["tmax_lag1"] = df["tmax"].shift(1)
train, test = train.dropna(), test.dropna()
reg = LinearRegression().fit(train[["doy", "tmax_lag1"]], train["tmax"])
print(reg.score(test[["doy", "tmax_lag1"]], test["tmax"]))
