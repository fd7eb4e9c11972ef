# Multiple linear regression, backward elimination by p-value (course notebook style)
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

startups = pd.read_csv("50_Startups.csv")
X = startups[["R&D Spend", "Administration", "Marketing Spend"]].copy()
X["state_florida"] = (startups["State"] == "Florida").astype(float)
X["state_new_york"] = (startups["State"] == "New York").astype(float)
y = startups["Profit"]

X_opt = sm.add_constant(X)
while True:
    ols = sm.OLS(y, X_opt).fit()
    worst = ols.pvalues.drop("const").idxmax()
    if ols.pvalues[worst] <= 0.05:
        break
    X_opt = X_opt.drop(columns=worst)

X_train, X_test, y_train, y_test = train_test_split(X_opt, y, test_size=0.2, random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
