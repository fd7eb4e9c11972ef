import pandas as pd
from feature_engine.encoding import OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.model_selection import cross_val_score
from sklearn.ensemble import RandomForestClassifier

cars = pd.read_csv("used_cars_germany.csv")
X, y = cars.drop(columns=["price_band"]), cars["price_band"]
pipe = Pipeline([("ohe", OneHotEncoder(top_categories=10, variables=["make", "fuel", "gear", "offerType"])), ("rf", RandomForestClassifier(n_estimators=200))])
print(cross_val_score(pipe, X, y, cv=5).mean())
