import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

listings = pd.read_csv("listings_clean.csv")
X_train, X_test, y_train, y_test = train_test_split(listings[["sqft", "year"]], listings["price"])
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
