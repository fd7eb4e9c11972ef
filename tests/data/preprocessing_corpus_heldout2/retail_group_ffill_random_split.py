import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split

sales = pd.read_csv("store_item_weekly.csv")
sales = sales.sort_values(["store_id", "week"])
# promo and price are only logged when they change
sales[["price", "promo"]] = sales.groupby("store_id")[["price", "promo"]].ffill()
sales["week_of_year"] = sales["week"] % 52

feats = ["store_id", "price", "promo", "week_of_year", "holiday"]
X_train, X_valid, y_train, y_valid = train_test_split(sales[feats], sales["units"], test_size=0.2, random_state=0)
model = lgb.LGBMRegressor(n_estimators=2000, learning_rate=0.03)
model.fit(X_train, y_train, eval_set=[(X_valid, y_valid)], callbacks=[lgb.early_stopping(100)])
print(model.best_score_)
