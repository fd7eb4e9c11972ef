import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

vitals = pd.read_csv("physionet2012_hourly.csv")
vitals = vitals.sort_values(["RecordID", "hour"])
vital_cols = ["HR", "MAP", "Temp", "SaO2", "GCS"]
vitals[vital_cols] = vitals.groupby("RecordID")[vital_cols].ffill()
rows = vitals.dropna(subset=vital_cols)

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=11)
tr_ix, te_ix = next(splitter.split(rows, groups=rows["RecordID"]))
tr, te = rows.iloc[tr_ix], rows.iloc[te_ix]
clf = LogisticRegression(max_iter=2000).fit(tr[vital_cols], tr["in_hospital_death"])
print(roc_auc_score(te["in_hospital_death"], clf.predict_proba(te[vital_cols])[:, 1]))
