import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier

visits = pd.read_csv("icu_visits.csv").sort_values(["patient", "hour"])
visits[["hr", "bp"]] = visits.groupby("patient")[["hr", "bp"]].ffill()
visits = visits.dropna()
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr, te = next(gss.split(visits, visits["sepsis"], groups=visits["patient"]))
cols = ["hr", "bp", "hour"]
rf = RandomForestClassifier().fit(visits.iloc[tr][cols], visits.iloc[tr]["sepsis"])
print(rf.score(visits.iloc[te][cols], visits.iloc[te]["sepsis"]))
