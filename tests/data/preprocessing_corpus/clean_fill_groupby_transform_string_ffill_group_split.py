import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression

visits = pd.read_csv("clinic_visits.csv").sort_values(["patient", "visit_date"])
visits[["weight", "bp"]] = visits.groupby("patient")[["weight", "bp"]].transform("ffill")
splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=4)
train_idx, test_idx = next(splitter.split(visits, groups=visits["patient"]))
train, test = visits.iloc[train_idx], visits.iloc[test_idx]
clf = LogisticRegression().fit(train[["weight", "bp", "age"]], train["readmitted"])
print(clf.score(test[["weight", "bp", "age"]], test["readmitted"]))
