import numpy as np
import pandas as pd
from patsy import dmatrix
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import KFold, cross_val_score

wage = pd.read_csv("Wage.csv")
basis = dmatrix("bs(age, df=6, degree=3, include_intercept=False)", {"age": wage["age"]}, return_type="dataframe")
print(basis.shape)

scores = cross_val_score(LinearRegression(), basis, wage["wage"], cv=KFold(10, shuffle=True, random_state=0),
                         scoring="neg_mean_squared_error")
print("CV MSE", -scores.mean())
