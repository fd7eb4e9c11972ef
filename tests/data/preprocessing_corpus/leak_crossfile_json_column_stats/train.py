import json

import pandas as pd
from sklearn.linear_model import Lasso
from sklearn.model_selection import train_test_split

with open("artifacts/norm_stats.json") as fh:
    stats = json.load(fh)

df = pd.read_csv("data/houses.csv")
for col, s in stats.items():
    df[col] = (df[col] - s["mean"]) / s["std"]

X_train, X_test, y_train, y_test = train_test_split(df.drop(columns=["price"]), df["price"], test_size=0.2)
model = Lasso(alpha=0.01).fit(X_train, y_train)
print(model.score(X_test, y_test))
