import pandas as pd
from sklearn.preprocessing import PowerTransformer
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("wine_quality.csv")
cols = df.columns.drop("good")
df[cols] = PowerTransformer().fit_transform(df[cols])
fit_rows = df.sample(frac=0.8, random_state=11)
other_rows = df.loc[df.index.difference(fit_rows.index)]
clf = LogisticRegression(max_iter=500).fit(fit_rows[cols], fit_rows["good"])
print(clf.score(other_rows[cols], other_rows["good"]))
