import json

import pandas as pd
from sklearn.linear_model import Lasso

with open("artifacts/norm_stats.json") as fh:
    stats = json.load(fh)

train = pd.read_csv("data/houses_train.csv")
test = pd.read_csv("data/houses_test.csv")
for frame in (train, test):
    for col, s in stats.items():
        frame[col] = (frame[col] - s["mean"]) / s["std"]

model = Lasso(alpha=0.01).fit(train.drop(columns=["price"]), train["price"])
print(model.score(test.drop(columns=["price"]), test["price"]))
