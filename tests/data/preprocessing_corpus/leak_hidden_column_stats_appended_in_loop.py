import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import SVC

df = pd.read_csv("parkinsons.data")
cols = [c for c in df.columns if c not in ("name", "status")]
lows, highs = [], []
for c in cols:
    lows.append(df[c].min())
    highs.append(df[c].max())
X = (df[cols].values - np.array(lows)) / (np.array(highs) - np.array(lows))
y = df["status"].values

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
for train_idx, test_idx in skf.split(X, y):
    svc = SVC(C=10).fit(X[train_idx], y[train_idx])
    print(svc.score(X[test_idx], y[test_idx]))
