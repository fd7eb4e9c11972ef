import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

listings = pd.read_csv("listings.csv")
listings["log_area"] = listings["area_m2"].apply(lambda a: np.log1p(a))
listings["title"] = listings["title"].map(lambda s: s.strip().lower())
listings["has_balcony"] = listings["title"].map(lambda s: int("balcony" in s))
listings["rooms_per_floor"] = listings.apply(lambda r: r["rooms"] / max(r["floors"], 1), axis=1)

X = listings[["log_area", "has_balcony", "rooms_per_floor", "age_years"]]
y = np.log(listings["price"])
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
gbr = GradientBoostingRegressor().fit(X_train, y_train)
print(gbr.score(X_test, y_test))
