import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

ads = pd.read_csv("avazu_ctr_sample.csv")
for col in ["site_id", "app_id", "device_model"]:
    ads[col + "_freq"] = ads[col].map(ads[col].value_counts(normalize=True))
feats = ["banner_pos", "hour", "site_id_freq", "app_id_freq", "device_model_freq"]
tr, va = train_test_split(ads, test_size=0.2, random_state=0)
print(XGBClassifier(n_estimators=200).fit(tr[feats], tr["click"]).score(va[feats], va["click"]))
