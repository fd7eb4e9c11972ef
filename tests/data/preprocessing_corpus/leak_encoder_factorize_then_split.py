import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier

listings = pd.read_csv("listings.csv")
listings["neighbourhood"], uniques = pd.factorize(listings["neighbourhood"])
rng = np.random.default_rng(0)
mask = rng.random(len(listings)) < 0.8
train_df, test_df = listings[mask], listings[~mask]
cols = ["neighbourhood", "bedrooms", "price"]
clf = RandomForestClassifier().fit(train_df[cols], train_df["superhost"])
print(clf.score(test_df[cols], test_df["superhost"]))
