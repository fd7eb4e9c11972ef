import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import PoissonRegressor


def center_columns(frame, cols):
    return frame.assign(**{c: frame[c] - frame[c].mean() for c in cols})


claims = (pd.read_csv("french_motor_claims.csv")
          .assign(log_density=lambda d: np.log1p(d["Density"])))
claims = claims.pipe(center_columns, ["log_density", "DrivAge", "VehAge", "BonusMalus"])
cols = ["log_density", "DrivAge", "VehAge", "BonusMalus"]
tr, te = train_test_split(claims, test_size=0.25, random_state=0)
print(PoissonRegressor(alpha=1e-4).fit(tr[cols], tr["ClaimNb"]).score(te[cols], te["ClaimNb"]))
