import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

df = pd.read_csv("fish.csv")
cols = ["Length1", "Height", "Width"]
stats = df[cols].agg(["mean", "std"])
df[cols] = (df[cols] - stats.loc["mean"]) / stats.loc["std"]
X_train, X_test, y_train, y_test = train_test_split(df[cols], df["Weight"], random_state=1)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
