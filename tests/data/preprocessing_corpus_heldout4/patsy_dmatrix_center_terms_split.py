import numpy as np
import pandas as pd
from patsy import dmatrix
from sklearn.model_selection import train_test_split
from sklearn.linear_model import PoissonRegressor

claims = pd.read_csv("freMTPL2freq_sample.csv")
design = dmatrix("center(DrivAge) + center(VehAge) + center(np.log(Density)) + VehPower - 1", claims, return_type="dataframe")
rate = claims["ClaimNb"] / claims["Exposure"]

X_tr, X_te, r_tr, r_te, w_tr, w_te = train_test_split(design, rate, claims["Exposure"], test_size=0.25, random_state=0)
glm = PoissonRegressor(alpha=1e-4, max_iter=1000).fit(X_tr, r_tr, sample_weight=w_tr)
print("test D^2", glm.score(X_te, r_te, sample_weight=w_te))
