import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBRegressor

rent = pd.read_csv("house_rent.csv")
rent["city_code"] = rent["City"].astype("category").cat.codes
rent["furnish_code"] = rent["Furnishing Status"].map({"Unfurnished": 0, "Semi-Furnished": 1, "Furnished": 2})
rent["floor_num"] = pd.to_numeric(rent["Floor"].str.split(" ").str[0], errors="coerce").fillna(0)

cols = ["BHK", "Size", "Bathroom", "city_code", "furnish_code", "floor_num"]
X_train, X_test, y_train, y_test = train_test_split(rent[cols], rent["Rent"], test_size=0.2, random_state=5)
xgb = XGBRegressor(n_estimators=800, learning_rate=0.05, max_depth=6)
xgb.fit(X_train, y_train)
print("R2", xgb.score(X_test, y_test))
