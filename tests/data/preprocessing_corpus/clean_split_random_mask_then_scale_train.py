import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("heart.csv")
features = df.columns.drop("target")
msk = np.random.rand(len(df)) < 0.8
train = df[msk]
test = df[~msk]
scaler = StandardScaler().fit(train[features])
clf = LogisticRegression().fit(scaler.transform(train[features]), train["target"])
print(clf.score(scaler.transform(test[features]), test["target"]))
