import numpy as np
import pandas as pd
from sklearn.model_selection import KFold
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.metrics import r2_score


def tidy(frame):
    frame = frame.drop_duplicates()
    frame = frame.fillna(method="bfill")
    return frame.reset_index(drop=True)


wells = tidy(pd.read_csv("well_logs.csv"))
X = wells[["GR", "RHOB", "NPHI", "DT", "DEPTH"]].values
y = wells["PERM"].values
folds = KFold(n_splits=5, shuffle=True, random_state=11)
r2 = []
for tr, va in folds.split(X):
    model = ExtraTreesRegressor(n_estimators=300).fit(X[tr], y[tr])
    r2.append(r2_score(y[va], model.predict(X[va])))
print(np.mean(r2))
