import numpy as np
import pandas as pd
from patsy import dmatrices
from sklearn.model_selection import train_test_split
from sklearn.linear_model import PoissonRegressor

REGIONS = ["north", "south", "east", "west"]
claims = pd.read_csv("claims_frequency.csv")
y, X = dmatrices("n_claims ~ C(region, levels=REGIONS) + np.log(exposure) + I(driver_age < 25)", claims,
                 return_type="dataframe")
X_tr, X_te, y_tr, y_te = train_test_split(X, y.values.ravel(), test_size=0.25, random_state=0)
pois = PoissonRegressor(alpha=1e-4, max_iter=1000).fit(X_tr, y_tr)
print("test D^2", pois.score(X_te, y_te))
