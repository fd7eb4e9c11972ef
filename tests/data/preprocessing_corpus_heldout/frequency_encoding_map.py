"""Airbnb-style nightly price model.

High-cardinality columns become counts and shares instead of one-hot columns.
"""
import pandas as pd
from sklearn.model_selection import train_test_split
from catboost import CatBoostRegressor

rent = pd.read_csv("rentals.csv")
rent["neighbourhood_freq"] = rent["neighbourhood"].map(rent["neighbourhood"].value_counts(normalize=True))
rent["host_listings"] = rent["host_id"].map(rent.groupby("host_id").size())
rent = rent.drop(columns=["neighbourhood", "host_id"])

X, y = rent.drop(columns="price"), rent["price"]
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.15, random_state=0)
model = CatBoostRegressor(iterations=1500, learning_rate=0.05, verbose=200)
model.fit(X_tr, y_tr, eval_set=(X_val, y_val))
