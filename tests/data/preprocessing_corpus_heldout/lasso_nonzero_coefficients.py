import numpy as np
import pandas as pd
from sklearn.linear_model import LassoCV, LinearRegression
from sklearn.model_selection import train_test_split

wine = pd.read_csv("winequality-red.csv", sep=";")
cols = wine.columns.drop("quality")

lasso = LassoCV(cv=5, random_state=0).fit(wine[cols], wine["quality"])
coef = pd.Series(lasso.coef_, index=cols)
keep = coef[coef.abs() > 1e-4].index.tolist()
print("Lasso kept %d of %d features" % (len(keep), len(cols)))

train, test = train_test_split(wine, test_size=0.2, random_state=3)
ols = LinearRegression().fit(train[keep], train["quality"])
print("test R^2", ols.score(test[keep], test["quality"]))
