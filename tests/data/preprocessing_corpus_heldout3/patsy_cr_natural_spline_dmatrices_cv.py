import numpy as np
import pandas as pd
from patsy import dmatrices
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import cross_val_score

cherry = pd.read_csv("cherry_blossom_doy.csv").dropna()
y, X = dmatrices("doy ~ cr(temp, df=5) + cr(year, df=4)", cherry, return_type="dataframe")
print(cross_val_score(LinearRegression(fit_intercept=False), X, np.ravel(y), cv=10, scoring="neg_mean_absolute_error").mean())
