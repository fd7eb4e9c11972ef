import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

rent = pd.read_csv("rentals.csv")
area_stats = rent.groupby("district")["price"].agg(["mean", "median"]).add_prefix("district_")
rent = rent.merge(area_stats, left_on="district", right_index=True, how="left")
X = rent[["sqm", "rooms", "district_mean", "district_median"]]
X_train, X_test, y_train, y_test = train_test_split(X, rent["price"], test_size=0.2, random_state=8)
print(GradientBoostingRegressor().fit(X_train, y_train).score(X_test, y_test))
