import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("bank_marketing_numeric.csv")
num = ["age", "balance", "duration", "campaign", "pdays"]
df[num] = (df[num] - df[num].min()) / (df[num].max() - df[num].min())

train, validate, test = np.split(df.sample(frac=1, random_state=42), [int(.6 * len(df)), int(.8 * len(df))])

best_c, best = None, -1
for c in (0.01, 0.1, 1, 10):
    lr = LogisticRegression(C=c, max_iter=1000).fit(train[num], train["y"])
    acc = lr.score(validate[num], validate["y"])
    if acc > best:
        best_c, best = c, acc
final = LogisticRegression(C=best_c, max_iter=1000).fit(train[num], train["y"])
print("test accuracy", final.score(test[num], test["y"]))
