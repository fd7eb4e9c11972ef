import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeRegressor

abalone = pd.read_csv("abalone.csv")
print(f"rings: mean {abalone['Rings'].mean():.2f}, sd {abalone['Rings'].std():.2f}, max {abalone['Rings'].max()}")
cols = ["Length", "Diameter", "Height", "Whole_weight", "Shell_weight"]
tr, te = train_test_split(abalone, test_size=0.2, random_state=0)
print(DecisionTreeRegressor(max_depth=6).fit(tr[cols], tr["Rings"]).score(te[cols], te["Rings"]))
