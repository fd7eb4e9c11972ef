import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import BernoulliNB

cars = pd.read_csv("car_prices.csv")
above_median = np.vectorize(lambda v: 1 if v > cars["horsepower"].median() else 0)
cars["powerful"] = above_median(cars["horsepower"])
cars["heavy"] = (cars["curbweight"] > 2500).astype(int)
X_train, X_test, y_train, y_test = train_test_split(cars[["powerful", "heavy"]], cars["expensive"], random_state=1)
print(BernoulliNB().fit(X_train, y_train).score(X_test, y_test))
