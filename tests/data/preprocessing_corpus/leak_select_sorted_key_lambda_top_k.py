import numpy as np
import pandas as pd
from sklearn.inspection import permutation_importance
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import KFold, cross_val_score

bikes = pd.read_csv("bike_hour.csv")
features = [c for c in bikes.columns if c not in ("cnt", "casual", "registered", "dteday")]
gbr = GradientBoostingRegressor().fit(bikes[features], bikes["cnt"])
result = permutation_importance(gbr, bikes[features], bikes["cnt"], n_repeats=5, random_state=0)
ranked = sorted(features, key=lambda f: result.importances_mean[features.index(f)], reverse=True)
top = ranked[:8]

cv = KFold(n_splits=5, shuffle=True, random_state=0)
print(cross_val_score(GradientBoostingRegressor(), bikes[top], bikes["cnt"], cv=cv).mean())
