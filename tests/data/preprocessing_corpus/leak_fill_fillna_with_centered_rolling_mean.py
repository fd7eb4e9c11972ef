import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

power = pd.read_csv("household_power.csv", parse_dates=["datetime"]).set_index("datetime")
smooth = power["Global_active_power"].rolling(window=7, min_periods=1, center=True).mean()
power["Global_active_power"] = power["Global_active_power"].fillna(smooth)
power["hour"] = power.index.hour
X = power[["Global_active_power", "Voltage", "hour"]]
y = power["Sub_metering_3"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=4)
print(RandomForestRegressor(n_estimators=50).fit(X_train, y_train).score(X_test, y_test))
