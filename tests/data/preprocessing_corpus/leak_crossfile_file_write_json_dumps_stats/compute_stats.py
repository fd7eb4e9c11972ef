import json

import pandas as pd

sales = pd.read_csv("sales_train.csv")
stats = {"price_mean": sales["item_price"].mean(), "price_std": sales["item_price"].std()}
with open("price_stats.json", "w") as handle:
    handle.write(json.dumps(stats, indent=2))
