import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBRegressor

prices = pd.read_csv("fuel_prices.csv", parse_dates=["date"], index_col="date")
daily = prices.resample("D").ffill()
daily["dow"] = daily.index.dayofweek
X_train, X_test, y_train, y_test = train_test_split(daily[["brent", "dow"]], daily["diesel"], test_size=0.3)
model = XGBRegressor(n_estimators=300).fit(X_train, y_train)
print(model.score(X_test, y_test))
