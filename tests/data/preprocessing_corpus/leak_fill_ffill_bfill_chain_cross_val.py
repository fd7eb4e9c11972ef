import pandas as pd
from sklearn.model_selection import cross_val_score, StratifiedKFold
from sklearn.ensemble import RandomForestClassifier

vitals = pd.read_csv("icu_vitals.csv").sort_values(["charttime"])
vitals = vitals.ffill().bfill()
X = vitals[["heart_rate", "resp_rate", "spo2", "temp_c"]]
y = vitals["sepsis"]
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
print(cross_val_score(RandomForestClassifier(), X, y, cv=cv, scoring="roc_auc").mean())
