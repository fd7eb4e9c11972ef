import pandas as pd
from sklearn.model_selection import train_test_split
from catboost import CatBoostRegressor

sales = pd.read_csv("rossmann_train.csv", parse_dates=["Date"], low_memory=False)
store = pd.read_csv("rossmann_store.csv")
sales = sales.merge(store, on="Store").sort_values(["Store", "Date"])
sales["CompetitionDistance"] = sales.groupby("Store")["CompetitionDistance"].transform(lambda s: s.bfill(limit=3))
sales = sales[sales["Open"] == 1]

cols = ["Store", "DayOfWeek", "Promo", "StateHoliday", "SchoolHoliday", "StoreType", "Assortment", "CompetitionDistance"]
tr, va = train_test_split(sales, test_size=0.1, random_state=42)
cb = CatBoostRegressor(iterations=1500, depth=8, verbose=200, cat_features=["StateHoliday", "StoreType", "Assortment"])
cb.fit(tr[cols], tr["Sales"], eval_set=(va[cols], va["Sales"]))
