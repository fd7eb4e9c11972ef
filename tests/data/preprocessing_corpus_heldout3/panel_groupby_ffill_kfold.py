import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold
from sklearn.metrics import mean_absolute_error

panel = pd.read_parquet("store_item_demand.parquet")
panel = panel.sort_values(["store", "item", "date"])
panel["price"] = panel.groupby(["store", "item"])["price"].ffill()
panel["dow"] = panel["date"].dt.dayofweek
features = ["store", "item", "price", "dow", "onpromotion"]

kf = KFold(n_splits=5, shuffle=True, random_state=2024)
maes = []
for tr_idx, va_idx in kf.split(panel):
    tr, va = panel.iloc[tr_idx], panel.iloc[va_idx]
    booster = lgb.LGBMRegressor(n_estimators=400, learning_rate=0.05)
    booster.fit(tr[features], tr["sales"])
    maes.append(mean_absolute_error(va["sales"], booster.predict(va[features])))
print(sum(maes) / len(maes))
