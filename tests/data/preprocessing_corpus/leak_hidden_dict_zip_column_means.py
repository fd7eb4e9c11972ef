import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

df = pd.read_csv("wdbc.csv")
cols = [c for c in df.columns if c.endswith("_mean")]
centers = dict(zip(cols, df[cols].mean()))
for c in cols:
    df[c] = df[c] - centers[c]
X_train, X_test, y_train, y_test = train_test_split(df[cols], df["diagnosis"], test_size=0.3)
print(LinearSVC().fit(X_train, y_train).score(X_test, y_test))
