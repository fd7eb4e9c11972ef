import pandas as pd
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.ensemble import GradientBoostingRegressor

vitals = pd.read_csv("icu_vitals.csv").sort_values(["patient_id", "hour"])
for col in ["heart_rate", "resp_rate", "spo2"]:
    vitals[col] = vitals.groupby("patient_id")[col].transform(lambda s: s.interpolate().bfill())
X = vitals[["heart_rate", "resp_rate", "spo2", "hour"]]
cv = GroupKFold(n_splits=5)
print(cross_val_score(GradientBoostingRegressor(), X, vitals["lactate"], cv=cv, groups=vitals["hour"]).mean())
