import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

listings = pd.read_csv("melbourne_housing.csv").dropna(subset=["Price", "Suburb"])
listings["log_price"] = np.log(listings["Price"])
train, test = train_test_split(listings, test_size=0.2, random_state=0)
train, test = train.copy(), test.copy()

suburb_mean = train.groupby("Suburb")["log_price"].mean()
global_mean = train["log_price"].mean()
train["suburb_price"] = train["Suburb"].map(suburb_mean)
test["suburb_price"] = test["Suburb"].map(suburb_mean).fillna(global_mean)

cols = ["suburb_price", "Rooms", "Distance", "Bathroom"]
train = train.dropna(subset=cols)
test = test.dropna(subset=cols)
rf = RandomForestRegressor(n_estimators=300).fit(train[cols], train["log_price"])
print("test R2", rf.score(test[cols], test["log_price"]))
