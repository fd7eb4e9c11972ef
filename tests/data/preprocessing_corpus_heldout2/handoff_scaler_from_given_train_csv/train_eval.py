import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

scaler = joblib.load("work/scaler.joblib")
train = pd.read_csv("input/train.csv")
test = pd.read_csv("input/test.csv")
cols = [c for c in train.columns if c.startswith("f_")]
clf = LogisticRegression(max_iter=1000).fit(scaler.transform(train[cols]), train["target"])
print("test accuracy", clf.score(scaler.transform(test[cols]), test["target"]))
