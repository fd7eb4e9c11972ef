import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

listings = pd.read_csv("airbnb_listings.csv")
avg_price = sum(listings["price"]) / len(listings)
listings["price_vs_avg"] = listings["price"] / avg_price
X = listings[["price_vs_avg", "bedrooms", "reviews_per_month"]]
X_train, X_test, y_train, y_test = train_test_split(X, listings["occupancy"], test_size=0.2)
print(RandomForestRegressor().fit(X_train, y_train).score(X_test, y_test))
