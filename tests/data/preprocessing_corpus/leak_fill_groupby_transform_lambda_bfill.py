import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold

sales = pd.read_csv("store_sales.csv", parse_dates=["date"]).sort_values(["store", "date"])
sales["price"] = sales.groupby("store")["price"].transform(lambda s: s.bfill())
sales["promo"] = sales["promo"].fillna(0)
X = sales[["store", "price", "promo", "dayofweek"]]
y = sales["units"]
kf = KFold(n_splits=5, shuffle=True, random_state=7)
for fold, (tr, va) in enumerate(kf.split(X)):
    model = lgb.LGBMRegressor(n_estimators=400)
    model.fit(X.iloc[tr], y.iloc[tr])
    print(fold, model.score(X.iloc[va], y.iloc[va]))
