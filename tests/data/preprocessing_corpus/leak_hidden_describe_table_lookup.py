import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR

df = pd.read_csv("concrete.csv")
cols = df.columns.drop("strength")
summary = df[cols].describe().T
for c in cols:
    df[c] = (df[c] - summary.loc[c, "mean"]) / summary.loc[c, "std"]
X_train, X_test, y_train, y_test = train_test_split(df[cols], df["strength"], test_size=0.2)
print(SVR().fit(X_train, y_train).score(X_test, y_test))
