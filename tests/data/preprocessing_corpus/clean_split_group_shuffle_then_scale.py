import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

visits = pd.read_csv("visits.csv")
X = visits.drop(columns=["patient", "outcome"])
y = visits["outcome"]
train_idx, test_idx = next(GroupShuffleSplit(test_size=0.2).split(X, y, groups=visits["patient"]))
scaler = StandardScaler().fit(X.iloc[train_idx])
clf = LogisticRegression().fit(scaler.transform(X.iloc[train_idx]), y.iloc[train_idx])
print(clf.score(scaler.transform(X.iloc[test_idx]), y.iloc[test_idx]))
