from dataclasses import dataclass

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import ElasticNet


@dataclass(frozen=True)
class ColumnStats:
    mean: float
    std: float


houses = pd.read_csv("kc_house_data.csv")
sqft = ColumnStats(houses["sqft_living"].mean(), houses["sqft_living"].std())
houses["sqft_living"] = (houses["sqft_living"] - sqft.mean) / sqft.std
X_train, X_test, y_train, y_test = train_test_split(houses[["sqft_living", "grade"]], houses["price"], test_size=0.2)
print(ElasticNet().fit(X_train, y_train).score(X_test, y_test))
