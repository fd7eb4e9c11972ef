import numpy as np
import pandas as pd
from sklearn.linear_model import LassoCV, Ridge
from sklearn.model_selection import KFold

prot = pd.read_csv("protein_tertiary_structure.csv")
X, y = prot.drop(columns="RMSD").to_numpy(), prot["RMSD"].to_numpy()
scores = []
for tr, te in KFold(5, shuffle=True, random_state=0).split(X):
    lcv = LassoCV(cv=3).fit(X[tr], y[tr])
    keep = np.flatnonzero(lcv.coef_)
    scores.append(Ridge().fit(X[tr][:, keep], y[tr]).score(X[te][:, keep], y[te]))
print(np.mean(scores))
