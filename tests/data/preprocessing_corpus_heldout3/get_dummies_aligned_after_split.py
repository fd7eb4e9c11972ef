import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

shrooms = pd.read_csv("mushroom_agaricus.csv")
tr, te = train_test_split(shrooms, test_size=0.25, random_state=0)
x1 = pd.get_dummies(tr.drop(columns="edible"), dtype=float)
x2 = pd.get_dummies(te.drop(columns="edible"), dtype=float).reindex(columns=x1.columns, fill_value=0.0)
print("accuracy", LinearSVC().fit(x1, tr["edible"]).score(x2, te["edible"]))
