import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import KFold
from sklearn.linear_model import Lasso

fish = pd.read_csv("fish_market.csv")
nums = ["Length1", "Length2", "Length3", "Height", "Width"]
prep = make_column_transformer((RobustScaler(), nums), remainder="drop")
X = prep.fit_transform(fish)
y = np.log(fish["Weight"].clip(lower=1))

rmse = []
for tr, va in KFold(n_splits=5, shuffle=True, random_state=8).split(X):
    las = Lasso(alpha=0.001).fit(X[tr], y[tr])
    rmse.append(np.sqrt(np.mean((las.predict(X[va]) - y[va]) ** 2)))
print(np.mean(rmse))
