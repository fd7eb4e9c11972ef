import numpy as np
import pandas as pd
from patsy import dmatrices, build_design_matrices
from sklearn.model_selection import train_test_split
import statsmodels.api as sm

births = pd.read_csv("birthweight.csv")
train, test = train_test_split(births, test_size=0.25, random_state=0)
y_tr, X_tr = dmatrices("bwt ~ standardize(gestation) + standardize(age) + smoke", train, return_type="dataframe")
y_te, X_te = build_design_matrices([y_tr.design_info, X_tr.design_info], test, return_type="dataframe")

fit = sm.OLS(y_tr, X_tr).fit()
print(fit.params)
print("test RMSE", np.sqrt(np.mean((fit.predict(X_te) - y_te.iloc[:, 0]) ** 2)))
