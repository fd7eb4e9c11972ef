import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score

# Columns used by the published risk score (fixed before looking at this data).
CLINICAL = ["age", "ejection_fraction", "serum_creatinine", "serum_sodium", "time"]

records = pd.read_csv("heart_failure_clinical_records.csv")
forest = RandomForestClassifier(n_estimators=400, random_state=0)
print("CV accuracy", cross_val_score(forest, records[CLINICAL], records["DEATH_EVENT"], cv=10).mean())

forest.fit(records[CLINICAL], records["DEATH_EVENT"])
for name, value in sorted(zip(CLINICAL, forest.feature_importances_), key=lambda t: -t[1]):
    print(f"{name:20s} {value:.3f}")
