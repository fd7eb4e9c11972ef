import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

store = pd.read_csv("store_sales.csv")
store["store_avg"] = store.groupby("store_id")["sales"].transform("mean")
X = store[["store_avg", "promo", "holiday"]]
X_train, X_test, y_train, y_test = train_test_split(X, store["sales"], test_size=0.2)
print(RandomForestRegressor().fit(X_train, y_train).score(X_test, y_test))
