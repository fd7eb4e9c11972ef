import pandas as pd
from sklearn.model_selection import StratifiedKFold
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

vitals = pd.read_csv("icu_hourly_vitals.csv").sort_values(["stay_id", "hour"])
vital_cols = ["hr", "sbp", "dbp", "resp", "spo2", "temp"]
for c in vital_cols:
    vitals[c] = vitals.groupby("stay_id")[c].transform(lambda s: s.bfill())
vitals[vital_cols] = vitals[vital_cols].fillna(-1)

X, y = vitals[vital_cols].values, vitals["sepsis_next_6h"].values
aucs = []
for tr, te in StratifiedKFold(n_splits=5, shuffle=True, random_state=1).split(X, y):
    lr = LogisticRegression(max_iter=500, class_weight="balanced").fit(X[tr], y[tr])
    aucs.append(roc_auc_score(y[te], lr.predict_proba(X[te])[:, 1]))
print(sum(aucs) / len(aucs))
