import numpy as np
import pandas as pd
import patsy
import statsmodels.api as sm

houses = pd.read_csv("houses.csv")
design = patsy.dmatrix("center(sqft) + scale(lot) + np.log(age + 1)", houses)
design = np.asarray(design)
n = int(len(design) * 0.75)
fit = sm.OLS(houses["price"].values[:n], design[:n]).fit()
pred = fit.predict(design[n:])
print(np.mean((pred - houses["price"].values[n:]) ** 2))
