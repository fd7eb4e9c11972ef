import pandas as pd
from sklearn.preprocessing import PowerTransformer
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("wine_quality.csv")
cols = df.columns.drop("good")
fit_rows = df.sample(frac=0.8, random_state=11)
other_rows = df.loc[df.index.difference(fit_rows.index)]
pt = PowerTransformer().fit(fit_rows[cols])
clf = LogisticRegression(max_iter=500).fit(pt.transform(fit_rows[cols]), fit_rows["good"])
print(clf.score(pt.transform(other_rows[cols]), other_rows["good"]))
