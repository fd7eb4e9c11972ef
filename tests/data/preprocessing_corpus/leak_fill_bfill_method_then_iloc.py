import pandas as pd
import numpy as np
from sklearn.linear_model import Ridge

prices = pd.read_csv("stock_prices.csv", index_col="date")
prices["volume"] = prices["volume"].bfill()
prices["ret"] = np.log(prices["close"]).diff()
prices = prices.dropna()
n_train = int(len(prices) * 0.8)
train, test = prices.iloc[:n_train], prices.iloc[n_train:]
features = ["volume", "open", "high", "low"]
reg = Ridge(alpha=1.0).fit(train[features], train["ret"])
print("test R2", reg.score(test[features], test["ret"]))
