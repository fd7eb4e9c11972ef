import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor

cars = pd.read_csv("auto_mpg.csv")
cars = cars.eval("weight_z = (weight - weight.mean()) / weight.std()")
X_train, X_test, y_train, y_test = train_test_split(cars[["weight_z", "cylinders"]], cars["mpg"], test_size=0.2)
print(KNeighborsRegressor(7).fit(X_train, y_train).score(X_test, y_test))
