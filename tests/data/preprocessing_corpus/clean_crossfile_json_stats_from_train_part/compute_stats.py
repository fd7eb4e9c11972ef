import json

import pandas as pd

train = pd.read_csv("data/houses_train.csv")
numeric = train.select_dtypes("number").drop(columns=["price"])
stats = {c: {"mean": float(numeric[c].mean()), "std": float(numeric[c].std())} for c in numeric.columns}
with open("artifacts/norm_stats.json", "w") as fh:
    json.dump(stats, fh, indent=2)
