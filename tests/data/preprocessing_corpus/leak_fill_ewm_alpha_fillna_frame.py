import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.linear_model import LogisticRegression

vitals = pd.read_csv("sepsis_hourly.csv")
cols = ["HR", "O2Sat", "Temp", "MAP"]
vitals[cols] = vitals[cols].fillna(vitals[cols].ewm(alpha=0.3).mean())
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
print(cross_val_score(LogisticRegression(max_iter=500), vitals[cols], vitals["SepsisLabel"], cv=cv).mean())
