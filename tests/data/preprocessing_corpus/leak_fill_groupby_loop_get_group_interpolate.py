import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split

wells = pd.read_csv("well_logs.csv")
for well, sub in wells.groupby("well_id"):
    wells.loc[sub.index, "porosity"] = sub["porosity"].interpolate(limit_direction="both")
X_train, X_test, y_train, y_test = train_test_split(wells[["depth", "porosity"]], wells["permeability"])
print(GradientBoostingRegressor().fit(X_train, y_train).score(X_test, y_test))
