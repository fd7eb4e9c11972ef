import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

rent = pd.read_csv("rentals.csv")
train, test = train_test_split(rent, test_size=0.2, random_state=8)
area_stats = train.groupby("district")["price"].agg(["mean", "median"]).add_prefix("district_")
train = train.merge(area_stats, left_on="district", right_index=True, how="left")
test = test.merge(area_stats, left_on="district", right_index=True, how="left")
cols = ["sqm", "rooms", "district_mean", "district_median"]
print(GradientBoostingRegressor().fit(train[cols], train["price"]).score(test[cols], test["price"]))
