import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

houses = pd.read_csv("houses.csv")
corr = houses.corr(numeric_only=True)["price"].abs()
chosen = corr[corr > 0.3].index.drop("price")
X_train, X_test, y_train, y_test = train_test_split(houses[chosen], houses["price"], test_size=0.2)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
