import pandas as pd
from sktime.forecasting.model_selection import temporal_train_test_split
from sklearn.linear_model import LinearRegression

df = pd.read_csv("airline_passengers.csv", parse_dates=["month"], index_col="month")
df["passengers"] = df["passengers"].ffill()
df["lag12"] = df["passengers"].shift(12)
df = df.dropna()
train, test = temporal_train_test_split(df, test_size=24)
lr = LinearRegression().fit(train[["lag12"]], train["passengers"])
print(lr.score(test[["lag12"]], test["passengers"]))
