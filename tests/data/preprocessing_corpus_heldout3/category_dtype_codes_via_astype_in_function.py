import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import GradientBoostingRegressor


def encode_categories(frame, columns):
    for c in columns:
        frame[c] = frame[c].astype("category").cat.codes
    return frame


diamonds = pd.read_csv("diamonds.csv")
diamonds = encode_categories(diamonds, ["cut", "color", "clarity"])
X, y = diamonds.drop(columns="price"), diamonds["price"]
print(cross_val_score(GradientBoostingRegressor(), X, y, cv=KFold(5, shuffle=True, random_state=0)).mean())
