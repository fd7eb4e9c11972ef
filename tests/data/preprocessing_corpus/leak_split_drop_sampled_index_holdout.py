import pandas as pd
from sklearn.preprocessing import QuantileTransformer
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("fraud.csv")
cols = ["amount", "oldbalance", "newbalance"]
df[cols] = QuantileTransformer().fit_transform(df[cols])
holdout_idx = df.sample(frac=0.2, random_state=3).index
holdout = df.loc[holdout_idx]
rest = df.drop(holdout_idx)
clf = LogisticRegression().fit(rest[cols], rest["is_fraud"])
print(clf.score(holdout[cols], holdout["is_fraud"]))
