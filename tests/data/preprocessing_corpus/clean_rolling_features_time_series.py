import pandas as pd
from sklearn.model_selection import TimeSeriesSplit
from sklearn.linear_model import Ridge

sales = pd.read_csv("daily_sales.csv", parse_dates=["date"]).sort_values("date")
sales["lag_1"] = sales["units"].shift(1)
sales["rolling_mean_7"] = sales["units"].shift(1).rolling(7).mean()
sales["rolling_std_7"] = sales["units"].shift(1).rolling(7).std()
sales = sales.dropna()

X = sales[["lag_1", "rolling_mean_7", "rolling_std_7"]].values
y = sales["units"].values
for train_index, test_index in TimeSeriesSplit(n_splits=4).split(X):
    model = Ridge().fit(X[train_index], y[train_index])
    print(model.score(X[test_index], y[test_index]))
