import pandas as pd
from sklearn.model_selection import train_test_split
import lightgbm as lgb

phones = pd.read_csv("smartphone_prices.csv")
phones["brand_code"] = pd.factorize(phones["brand"])[0]
cols = ["brand_code", "ram_gb", "storage_gb", "battery_mah", "screen_in"]

tr, te = train_test_split(phones, test_size=0.2, random_state=6)
reg = lgb.LGBMRegressor(n_estimators=400).fit(tr[cols], tr["price_usd"], categorical_feature=["brand_code"])
print("test R2", reg.score(te[cols], te["price_usd"]))
