import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

glucose = pd.read_csv("cgm_readings.csv", parse_dates=["ts"], index_col="ts").sort_index()
glucose = glucose.asfreq("5min", method="bfill")
glucose["delta"] = glucose["mg_dl"].diff()
glucose["in_30"] = glucose["mg_dl"].shift(-6)
glucose = glucose.dropna()

cols = ["mg_dl", "delta", "insulin_units", "carbs_g"]
X_tr, X_te, y_tr, y_te = train_test_split(glucose[cols], glucose["in_30"], test_size=0.2, random_state=0)
rf = RandomForestRegressor(n_estimators=200, min_samples_leaf=5).fit(X_tr, y_tr)
print("R2", rf.score(X_te, y_te))
