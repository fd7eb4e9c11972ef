import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

wine = pd.read_csv("wine_quality_white.csv", sep=";")
wine["good"] = (wine["quality"] >= 7).astype(int)
cols = [c for c in wine.columns if c not in ("quality", "good")]
train, valid, test = np.split(wine.sample(frac=1.0, random_state=0), [int(0.7 * len(wine)), int(0.85 * len(wine))])

lo, hi = train[cols].min(), train[cols].max()
scale = lambda frame: (frame[cols] - lo) / (hi - lo)
clf = LogisticRegression(max_iter=3000, C=2.0).fit(scale(train), train["good"])
print("valid", clf.score(scale(valid), valid["good"]), "test", clf.score(scale(test), test["good"]))
