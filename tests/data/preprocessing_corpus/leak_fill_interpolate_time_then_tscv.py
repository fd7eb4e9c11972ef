import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit

power = pd.read_csv("household_power.csv", parse_dates=["datetime"], index_col="datetime")
power = power.resample("h").mean()
power = power.interpolate(method="time")
power["lag_24"] = power["Global_active_power"].shift(24)
power = power.dropna()

X = power.drop(columns="Global_active_power")
y = power["Global_active_power"]
for fold, (tr, te) in enumerate(TimeSeriesSplit(n_splits=4).split(X)):
    ridge = Ridge().fit(X.iloc[tr], y.iloc[tr])
    print(fold, ridge.score(X.iloc[te], y.iloc[te]))
