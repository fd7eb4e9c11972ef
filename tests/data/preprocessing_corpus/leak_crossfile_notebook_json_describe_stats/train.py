import json

import pandas as pd
from sklearn.linear_model import Lasso
from sklearn.model_selection import train_test_split

with open("num_summary.json") as f:
    summary = json.load(f)
cars = pd.read_csv("car_prices.csv")
for col, s in summary.items():
    cars[col] = (cars[col] - s["mean"]) / s["std"]
train, test = train_test_split(cars, test_size=0.2, random_state=1)
model = Lasso(alpha=0.01).fit(train[list(summary)], train["price"])
print(model.score(test[list(summary)], test["price"]))
