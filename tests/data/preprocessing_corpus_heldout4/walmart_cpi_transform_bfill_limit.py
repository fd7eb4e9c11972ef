import pandas as pd
from sklearn.model_selection import train_test_split
from catboost import CatBoostRegressor

sales = pd.read_csv("walmart_train.csv", parse_dates=["Date"])
macro = pd.read_csv("walmart_features.csv", parse_dates=["Date"])
weekly = sales.merge(macro, on=["Store", "Date", "IsHoliday"], how="left").sort_values(["Store", "Dept", "Date"])
weekly[["CPI", "Unemployment"]] = weekly.groupby("Store")[["CPI", "Unemployment"]].transform(lambda s: s.bfill(limit=3))
weekly["week"] = weekly["Date"].dt.isocalendar().week.astype(int)

cols = ["Store", "Dept", "week", "IsHoliday", "Temperature", "Fuel_Price", "CPI", "Unemployment"]
tr, va = train_test_split(weekly, test_size=0.1, random_state=42)
cb = CatBoostRegressor(iterations=1500, depth=8, verbose=200, cat_features=["Store", "Dept"])
cb.fit(tr[cols], tr["Weekly_Sales"], eval_set=(va[cols], va["Weekly_Sales"]))
