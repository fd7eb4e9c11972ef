import pandas as pd
from sklearn.preprocessing import OrdinalEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor

autos = pd.read_csv("used_cars_listings.csv")
cat_cols = ["manufacturer", "model", "fuel", "transmission", "drive", "type", "paint_color"]
oe = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)
oe.fit(autos[cat_cols])

train, test = train_test_split(autos, test_size=0.2, random_state=8)
train, test = train.copy(), test.copy()
train[cat_cols] = oe.transform(train[cat_cols])
test[cat_cols] = oe.transform(test[cat_cols])
cols = cat_cols + ["year", "odometer"]
hgb = HistGradientBoostingRegressor(categorical_features=[c in cat_cols for c in cols]).fit(train[cols], train["price"])
print("R2", hgb.score(test[cols], test["price"]))
