import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from xgboost import XGBRegressor

houses = pd.read_csv("house_prices.csv")
encoder = LabelEncoder()
houses["Neighborhood"] = encoder.fit_transform(houses["Neighborhood"].astype(str))
features = houses[["Neighborhood", "GrLivArea", "YearBuilt"]]
X_train, X_valid, y_train, y_valid = train_test_split(features, houses["SalePrice"], test_size=0.2)
print(XGBRegressor().fit(X_train, y_train).score(X_valid, y_valid))
