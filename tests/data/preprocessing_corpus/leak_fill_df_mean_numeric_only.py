import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBRegressor

cars = pd.read_csv("auto_mpg.csv", na_values="?")
cars = cars.fillna(cars.mean(numeric_only=True))
X = cars.drop(columns=["mpg", "car_name"])
y = cars["mpg"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)
xgb = XGBRegressor(n_estimators=300, learning_rate=0.05).fit(X_train, y_train)
print(xgb.score(X_test, y_test))
