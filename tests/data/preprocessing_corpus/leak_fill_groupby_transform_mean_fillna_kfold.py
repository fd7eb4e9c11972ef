import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold

sales = pd.read_csv("store_sales.csv")
sales["Promo_spend"] = sales["Promo_spend"].fillna(sales.groupby("Store")["Promo_spend"].transform("mean"))
features = ["Store", "DayOfWeek", "Promo", "Promo_spend"]
scores = []
for tr, va in KFold(n_splits=4, shuffle=True, random_state=2).split(sales):
    m = lgb.LGBMRegressor(n_estimators=400).fit(sales.iloc[tr][features], sales.iloc[tr]["Sales"])
    scores.append(np.sqrt(np.mean((m.predict(sales.iloc[va][features]) - sales.iloc[va]["Sales"]) ** 2)))
print(np.mean(scores))
