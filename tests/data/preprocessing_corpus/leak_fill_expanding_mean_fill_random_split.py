import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

sales = pd.read_csv("store_sales.csv", parse_dates=["date"]).sort_values("date")
sales["units"] = sales["units"].fillna(sales["units"].expanding().mean())
sales["dow"] = sales["date"].dt.dayofweek
X_train, X_test, y_train, y_test = train_test_split(sales[["units", "dow"]], sales["revenue"], random_state=0)
print(RandomForestRegressor().fit(X_train, y_train).score(X_test, y_test))
