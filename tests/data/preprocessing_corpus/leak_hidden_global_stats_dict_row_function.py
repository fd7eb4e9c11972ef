import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

wine = pd.read_csv("wine.csv")
FEATURES = ["alcohol", "malic_acid", "ash", "magnesium"]
STATS = {}
for name in FEATURES:
    STATS[name] = (wine[name].mean(), wine[name].std())


def normalise_row(row):
    for name in FEATURES:
        mu, sd = STATS[name]
        row[name] = (row[name] - mu) / sd
    return row


wine = wine.apply(normalise_row, axis=1)
a, b, c, d = train_test_split(wine[FEATURES], wine["cultivar"], test_size=0.25)
print(DecisionTreeClassifier().fit(a, c).score(b, d))
