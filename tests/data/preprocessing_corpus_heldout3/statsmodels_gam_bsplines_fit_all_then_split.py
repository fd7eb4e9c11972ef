import pandas as pd
from statsmodels.gam.api import GLMGam, BSplines
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

mcycle = pd.read_csv("ozone_la.csv")
splines = BSplines(mcycle[["temp", "vh"]], df=[8, 8], degree=[3, 3])
basis = pd.DataFrame(splines.basis, index=mcycle.index)
b_tr, b_te, o_tr, o_te = train_test_split(basis, mcycle["ozone"], test_size=0.3, random_state=0)
print(GradientBoostingRegressor().fit(b_tr, o_tr).score(b_te, o_te))
