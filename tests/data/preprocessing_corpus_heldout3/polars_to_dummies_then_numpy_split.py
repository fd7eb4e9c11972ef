import numpy as np
import polars as pl
from sklearn.linear_model import LogisticRegression

cust = pl.read_csv("insurance_cross_sell.csv")
cust = cust.to_dummies(columns=["Gender", "Vehicle_Age", "Vehicle_Damage"])
X = cust.drop(["id", "Response"]).to_numpy()
y = cust.get_column("Response").to_numpy()
rng = np.random.default_rng(0)
order = rng.permutation(len(y))
cut = int(0.8 * len(y))
tr, te = order[:cut], order[cut:]
print(LogisticRegression(max_iter=2000).fit(X[tr], y[tr]).score(X[te], y[te]))
