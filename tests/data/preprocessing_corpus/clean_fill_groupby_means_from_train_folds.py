import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold

sales = pd.read_csv("store_sales.csv")
features = ["Store", "DayOfWeek", "Promo", "Promo_spend"]
scores = []
for tr, va in KFold(n_splits=4, shuffle=True, random_state=2).split(sales):
    fit_part, eval_part = sales.iloc[tr].copy(), sales.iloc[va].copy()
    store_means = fit_part.groupby("Store")["Promo_spend"].mean()
    for part in (fit_part, eval_part):
        part["Promo_spend"] = part["Promo_spend"].fillna(part["Store"].map(store_means))
    m = lgb.LGBMRegressor(n_estimators=400).fit(fit_part[features], fit_part["Sales"])
    scores.append(np.sqrt(np.mean((m.predict(eval_part[features]) - eval_part["Sales"]) ** 2)))
print(np.mean(scores))
