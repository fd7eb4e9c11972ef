import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

sales = pd.read_csv("store_daily_sales.csv")
sales["sales_z"] = sales.groupby("store")["sales"].transform(lambda s: (s - s.mean()) / s.std())
sales["lag_z"] = sales.groupby("store")["sales_z"].shift(1)
sales = sales.dropna()

feats = ["lag_z", "promo", "dow", "school_holiday"]
tr, te = train_test_split(sales, test_size=0.2, random_state=3)
rf = RandomForestRegressor(n_estimators=300, n_jobs=-1).fit(tr[feats], tr["sales_z"])
print("R2", rf.score(te[feats], te["sales_z"]))
