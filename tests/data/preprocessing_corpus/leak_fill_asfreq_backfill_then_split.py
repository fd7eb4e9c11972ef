import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

sales = pd.read_csv("daily_sales.csv", parse_dates=["date"], index_col="date")
sales = sales.asfreq("D", method="bfill")
sales["dow"] = sales.index.dayofweek
X_train, X_test, y_train, y_test = train_test_split(sales[["dow", "promo"]], sales["units"], test_size=0.2)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
