import pandas as pd
from sklearn.linear_model import Ridge

prices = pd.read_csv("electricity_prices.csv", parse_dates=["day"], index_col="day").sort_index()
prices = prices.bfill()
train = prices.loc["2016":"2021"]
test = prices.loc["2022"]
cols = ["gas_price", "wind_share", "demand"]
model = Ridge().fit(train[cols], train["price"])
print(model.score(test[cols], test["price"]))
