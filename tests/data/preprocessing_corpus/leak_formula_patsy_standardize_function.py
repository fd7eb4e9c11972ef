import pandas as pd
from patsy import standardize
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Lasso

df = pd.read_csv("prostate.csv")
for col in ["lcavol", "lweight", "age"]:
    df[col] = standardize(df[col])
X_train, X_test, y_train, y_test = train_test_split(df[["lcavol", "lweight", "age"]], df["lpsa"])
print(Lasso(alpha=0.01).fit(X_train, y_train).score(X_test, y_test))
