import numpy as np
import pandas as pd
from patsy import dmatrix
from sklearn.model_selection import KFold
from sklearn.linear_model import PoissonRegressor

claims = pd.read_csv("freMTPL2freq.csv")
X = np.asarray(dmatrix("center(VehPower) + center(DrivAge) + np.log(Density) - 1", claims))
y = claims["ClaimNb"].to_numpy()
scores = []
for tr, te in KFold(n_splits=4, shuffle=True, random_state=0).split(X):
    scores.append(PoissonRegressor().fit(X[tr], y[tr]).score(X[te], y[te]))
print(np.mean(scores))
