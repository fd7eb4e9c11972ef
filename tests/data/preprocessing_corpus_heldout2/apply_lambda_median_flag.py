import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

listings = pd.read_csv("airbnb_listings.csv")
listings["price"] = listings["price"].str.replace("[$,]", "", regex=True).astype(float)
listings["expensive"] = listings["price"].apply(lambda p: int(p > listings["price"].median()))
listings["has_wifi"] = listings["amenities"].apply(lambda a: int("Wifi" in a))

cols = ["expensive", "has_wifi", "accommodates", "minimum_nights"]
X_train, X_test, y_train, y_test = train_test_split(listings[cols], listings["instant_bookable"] == "t",
                                                    test_size=0.25, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
