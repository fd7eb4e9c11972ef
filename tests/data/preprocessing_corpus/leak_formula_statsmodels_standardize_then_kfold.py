import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from patsy import dmatrices
from sklearn.model_selection import KFold

births = pd.read_csv("births.csv")
y, X = dmatrices("weight ~ standardize(gestation) + center(age) + C(smoke)", births, return_type="dataframe")
errors = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=3).split(X):
    coef, *_ = np.linalg.lstsq(X.values[tr], y.values[tr], rcond=None)
    errors.append(np.mean((X.values[te] @ coef - y.values[te]) ** 2))
print(np.mean(errors))
