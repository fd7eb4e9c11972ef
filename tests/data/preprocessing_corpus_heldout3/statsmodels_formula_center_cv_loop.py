import numpy as np
import pandas as pd
import statsmodels.api as sm
from patsy import dmatrices
from sklearn.model_selection import KFold

births = pd.read_csv("births_weight.csv")
y, X = dmatrices("bwt ~ center(gestation) + center(age) + smoke + parity", births, return_type="dataframe")
rmse = []
for tr, te in KFold(5, shuffle=True, random_state=2).split(X):
    res = sm.OLS(y.iloc[tr], X.iloc[tr]).fit()
    rmse.append(np.sqrt(np.mean((res.predict(X.iloc[te]) - y.iloc[te].squeeze()) ** 2)))
print(np.mean(rmse))
