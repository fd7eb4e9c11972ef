import pandas as pd
from sklearn.model_selection import GroupKFold
from sklearn.linear_model import Ridge

visits = pd.read_csv("outpatient_visits.csv")
scores = []
for tr, te in GroupKFold(5).split(visits, groups=visits["patient_id"]):
    a, b = visits.iloc[tr].copy(), visits.iloc[te].copy()
    clinic_avg = a.groupby("clinic")["wait_min"].mean()
    a["clinic_wait"] = a["clinic"].map(clinic_avg)
    b["clinic_wait"] = b["clinic"].map(clinic_avg).fillna(a["wait_min"].mean())
    cols = ["age", "n_prior", "clinic_wait"]
    scores.append(Ridge().fit(a[cols], a["wait_min"]).score(b[cols], b["wait_min"]))
print(sum(scores) / len(scores))
