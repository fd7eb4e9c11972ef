import numpy as np
import pandas as pd
from sklearn.tree import DecisionTreeRegressor

auto = pd.read_csv("automobile.csv")
auto["horsepower"] = (auto["horsepower"] - auto["horsepower"].mean()) / auto["horsepower"].std()
msk = np.random.rand(len(auto)) < 0.8
a = auto[msk]
b = auto[~msk]
tree = DecisionTreeRegressor(max_depth=4).fit(a[["horsepower", "curb-weight"]], a["price"])
print(tree.score(b[["horsepower", "curb-weight"]], b["price"]))
