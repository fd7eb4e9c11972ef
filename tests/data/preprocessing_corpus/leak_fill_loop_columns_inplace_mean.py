import pandas as pd
from xgboost import XGBRegressor
from sklearn.model_selection import train_test_split

house = pd.read_csv("train.csv")
numeric = house.select_dtypes(include="number")
for col in numeric.columns[numeric.isnull().any()]:
    house[col].fillna(house[col].mean(), inplace=True)
features = numeric.columns.drop(["SalePrice", "Id"])
X_train, X_valid, y_train, y_valid = train_test_split(house[features], house["SalePrice"], train_size=0.8)
print(XGBRegressor(n_estimators=500).fit(X_train, y_train).score(X_valid, y_valid))
