import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

visits = pd.read_csv("visits.csv")
X = visits.drop(columns=["patient", "outcome"])
X = pd.DataFrame(StandardScaler().fit_transform(X), columns=X.columns)
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
train_idx, test_idx = next(gss.split(X, visits["outcome"], groups=visits["patient"]))
clf = LogisticRegression().fit(X.iloc[train_idx], visits["outcome"].iloc[train_idx])
print(clf.score(X.iloc[test_idx], visits["outcome"].iloc[test_idx]))
