import pandas as pd
from sklearn.preprocessing import OrdinalEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
FITS = ["slim", "regular", "loose"]
orders = pd.read_csv("apparel_orders.csv")
enc = OrdinalEncoder(categories=[SIZES, FITS], handle_unknown="use_encoded_value", unknown_value=-1)
orders[["size", "fit"]] = enc.fit_transform(orders[["size", "fit"]])

X = orders[["size", "fit", "price", "customer_age"]]
X_tr, X_te, y_tr, y_te = train_test_split(X, orders["return_prob"], test_size=0.2, random_state=0)
print(GradientBoostingRegressor().fit(X_tr, y_tr).score(X_te, y_te))
