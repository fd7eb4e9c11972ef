import pandas as pd
from feature_engine.encoding import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

cars = pd.read_csv("used_cars_germany.csv")
encoder = OneHotEncoder(top_categories=10, variables=["make", "fuel", "gear", "offerType"])
cars = encoder.fit_transform(cars)

X = cars.drop(columns=["price_band"])
X_tr, X_te, y_tr, y_te = train_test_split(X, cars["price_band"], test_size=0.25, random_state=2)
print(RandomForestClassifier(n_estimators=200).fit(X_tr, y_tr).score(X_te, y_te))
