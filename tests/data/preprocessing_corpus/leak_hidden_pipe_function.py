import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor


def min_max(frame):
    return (frame - frame.min()) / (frame.max() - frame.min())


cars = pd.read_csv("cars.csv")
features = cars.drop(columns="mpg").pipe(min_max)
X_train, X_test, y_train, y_test = train_test_split(features, cars["mpg"], random_state=0)
print(KNeighborsRegressor().fit(X_train, y_train).score(X_test, y_test))
