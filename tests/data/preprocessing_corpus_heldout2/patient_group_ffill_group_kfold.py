import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score

visits = pd.read_csv("clinic_visits.csv").sort_values(["patient", "visit_no"])
labs = ["hba1c", "ldl", "egfr", "bmi"]
# fills stay inside a patient, and whole patients go to one fold
visits[labs] = visits.groupby("patient")[labs].ffill()
visits = visits.dropna(subset=labs)

X, y, groups = visits[labs].to_numpy(), visits["event"].to_numpy(), visits["patient"].to_numpy()
f1 = []
for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
    rf = RandomForestClassifier(n_estimators=200).fit(X[tr], y[tr])
    f1.append(f1_score(y[te], rf.predict(X[te])))
print(np.mean(f1))
