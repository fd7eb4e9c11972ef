import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor

df = pd.read_csv("auto_prices.csv")
num = df[["horsepower", "curb_weight", "engine_size", "city_mpg"]]
num = num.sub(num.mean()).div(num.std())
X_train, X_test, y_train, y_test = train_test_split(num, df["price"], random_state=0)
print(KNeighborsRegressor().fit(X_train, y_train).score(X_test, y_test))
