import pandas as pd
from sklearn.model_selection import KFold
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("patients_visits.csv")
df.sort_values(["patient_id", "visit"], inplace=True)
df.fillna(method="bfill", inplace=True)
X, y = df.drop(columns="readmitted").values, df["readmitted"].values
scores = []
for tr, va in KFold(n_splits=5).split(X):
    clf = LogisticRegression(max_iter=500).fit(X[tr], y[tr])
    scores.append(clf.score(X[va], y[va]))
print(sum(scores) / len(scores))
