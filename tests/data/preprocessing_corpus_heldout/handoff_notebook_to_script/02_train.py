"""02 - Train

Reads the table written by 01_prepare.ipynb.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import KFold
from sklearn.svm import SVC

table = pd.read_parquet("prepared/sensors.parquet")
cols = [c for c in table.columns if c.startswith("v")]
X, y = table[cols].to_numpy(), table["label"].to_numpy()

accs = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=0).split(X):
    accs.append(SVC(C=2.0).fit(X[tr], y[tr]).score(X[te], y[te]))
print("cv accuracy", np.mean(accs))
