import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression


def make_scaler(values):
    lo, hi = values.min(), values.max()
    return lambda v: (v - lo) / (hi - lo)


houses = pd.read_csv("kc_house_small.csv")
scale_area = make_scaler(houses["sqft_living"])
houses["sqft_living"] = houses["sqft_living"].map(scale_area)
houses["age"] = 2015 - houses["yr_built"]

X_train, X_test, y_train, y_test = train_test_split(houses[["sqft_living", "age", "bedrooms"]], houses["price"],
                                                    test_size=0.2, random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
