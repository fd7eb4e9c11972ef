import pandas as pd
from sklearn.model_selection import train_test_split
from lightgbm import LGBMRegressor

cgm = pd.read_parquet("ohio_t1dm_cgm.parquet").sort_values(["patient_id", "timestamp"])
cgm["glucose"] = cgm.groupby("patient_id", group_keys=False)["glucose"].apply(lambda s: s.interpolate(limit=6))
for k in (1, 2, 3, 6):
    cgm[f"lag_{k}"] = cgm.groupby("patient_id")["glucose"].shift(k)
cgm["target"] = cgm.groupby("patient_id")["glucose"].shift(-6)
cgm = cgm.dropna(subset=["target", "lag_6"])

feats = [c for c in cgm.columns if c.startswith("lag_")] + ["basal", "bolus", "carbs"]
train, valid = train_test_split(cgm, test_size=0.2, random_state=2021)
model = LGBMRegressor(n_estimators=800, learning_rate=0.03).fit(train[feats], train["target"])
rmse = ((model.predict(valid[feats]) - valid["target"]) ** 2).mean() ** 0.5
print("RMSE mg/dL", round(rmse, 2))
