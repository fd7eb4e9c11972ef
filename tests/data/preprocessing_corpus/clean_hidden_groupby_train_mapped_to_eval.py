import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

store = pd.read_csv("store_sales.csv")
train, test = train_test_split(store, test_size=0.2, random_state=0)
averages = train.groupby("store_id")["sales"].mean()
train = train.assign(store_avg=train["store_id"].map(averages))
test = test.assign(store_avg=test["store_id"].map(averages).fillna(averages.mean()))
rf = RandomForestRegressor().fit(train[["store_avg", "promo"]], train["sales"])
print(rf.score(test[["store_avg", "promo"]], test["sales"]))
