import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

train = pd.read_csv("splits/train.csv")
test = pd.read_csv("splits/test.csv")
scaler = joblib.load("scaler.pkl")
clf = LogisticRegression().fit(scaler.transform(train.drop(columns="y")), train["y"])
print(clf.score(scaler.transform(test.drop(columns="y")), test["y"]))
