import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

sales = pd.read_parquet("data/sales.parquet")
X_tr, X_te, y_tr, y_te = train_test_split(sales[["price", "discount", "store"]], sales["units"], test_size=0.2, random_state=0)
rf = RandomForestRegressor(n_estimators=200).fit(X_tr, y_tr)
print(rf.score(X_te, y_te))
