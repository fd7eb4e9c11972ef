import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

cars = pd.read_csv("auto-mpg.csv")


def standardise(value, centre=100.0, spread=40.0):
    return (value - centre) / spread


cars["horsepower"] = cars["horsepower"].map(standardise)
X_train, X_test, y_train, y_test = train_test_split(cars[["horsepower", "weight"]], cars["mpg"], test_size=0.2)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
