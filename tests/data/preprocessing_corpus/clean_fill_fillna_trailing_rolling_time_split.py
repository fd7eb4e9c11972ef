import pandas as pd
from sklearn.ensemble import RandomForestRegressor

power = pd.read_csv("household_power.csv", parse_dates=["datetime"]).set_index("datetime")
trailing = power["Global_active_power"].rolling(window=7, min_periods=1).mean()
power["Global_active_power"] = power["Global_active_power"].fillna(trailing)
power["hour"] = power.index.hour
cut = int(len(power) * 0.8)
train, test = power.iloc[:cut], power.iloc[cut:]
cols = ["Global_active_power", "Voltage", "hour"]
rf = RandomForestRegressor(n_estimators=50).fit(train[cols], train["Sub_metering_3"])
print(rf.score(test[cols], test["Sub_metering_3"]))
