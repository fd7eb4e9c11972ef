import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("heart.csv")
features = df.columns.drop("target")
df[features] = StandardScaler().fit_transform(df[features])
msk = np.random.rand(len(df)) < 0.8
train = df[msk]
test = df[~msk]
clf = LogisticRegression().fit(train[features], train["target"])
print(clf.score(test[features], test["target"]))
