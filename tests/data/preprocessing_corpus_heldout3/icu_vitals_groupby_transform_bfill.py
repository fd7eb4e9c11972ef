import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

vitals = pd.read_csv("physionet2012_hourly.csv")
vitals = vitals.sort_values(["RecordID", "hour"])
vital_cols = ["HR", "MAP", "Temp", "SaO2", "GCS"]
vitals[vital_cols] = vitals.groupby("RecordID")[vital_cols].transform("bfill")
rows = vitals.dropna(subset=vital_cols)

tr, te = train_test_split(rows, test_size=0.2, random_state=11)
clf = LogisticRegression(max_iter=2000).fit(tr[vital_cols], tr["in_hospital_death"])
print(roc_auc_score(te["in_hospital_death"], clf.predict_proba(te[vital_cols])[:, 1]))
