"""Wage vs age with a cubic B-spline (ISLR chapter 7 lab, Python version)."""

import numpy as np
import pandas as pd
from patsy import dmatrix
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import cross_val_score

wages = pd.read_csv("wage.csv")
# B-spline basis in age; knots placed at quantiles of age
basis = dmatrix("bs(age, df=6, degree=3, include_intercept=False)", {"age": wages["age"]}, return_type="dataframe")
basis["education"] = wages["education_years"]

scores = cross_val_score(LinearRegression(), basis, wages["wage"], cv=10, scoring="r2")
print("10-fold R2: %.3f +/- %.3f" % (scores.mean(), scores.std()))
