import json

import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

with open("price_stats.json") as handle:
    stats = json.loads(handle.read())
sales = pd.read_csv("sales_train.csv")
sales["price_z"] = (sales["item_price"] - stats["price_mean"]) / stats["price_std"]
X_train, X_test, y_train, y_test = train_test_split(sales[["price_z", "shop_id"]], sales["item_cnt_day"])
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
