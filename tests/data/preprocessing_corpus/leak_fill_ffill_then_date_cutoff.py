import pandas as pd
import lightgbm as lgb

sales = pd.read_parquet("daily_sales.parquet")
sales = sales.set_index("day").sort_index()
sales["price"] = sales["price"].ffill().bfill()
train_part = sales[sales.index < "2022-01-01"]
valid_part = sales[sales.index >= "2022-01-01"]
model = lgb.LGBMRegressor()
model.fit(train_part.drop(columns="units"), train_part["units"])
print(model.score(valid_part.drop(columns="units"), valid_part["units"]))
