import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import GradientBoostingRegressor

LEVELS = {"cut": ["Fair", "Good", "Very Good", "Premium", "Ideal"], "color": list("JIHGFED"), "clarity": ["I1", "SI2", "SI1", "VS2", "VS1", "VVS2", "VVS1", "IF"]}
diamonds = pd.read_csv("diamonds.csv")
for col, levels in LEVELS.items():
    diamonds[col] = pd.Categorical(diamonds[col], categories=levels, ordered=True).codes
X, y = diamonds.drop(columns="price"), diamonds["price"]
print(cross_val_score(GradientBoostingRegressor(), X, y, cv=KFold(5, shuffle=True, random_state=0)).mean())
