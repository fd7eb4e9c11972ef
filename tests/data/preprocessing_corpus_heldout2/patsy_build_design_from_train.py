import pandas as pd
from patsy import dmatrices, build_design_matrices
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

wage = pd.read_csv("Wage.csv")
train, test = train_test_split(wage, test_size=0.25, random_state=0)
y_tr, X_tr = dmatrices("wage ~ bs(age, df=5) + standardize(year) + C(education)", train, return_type="dataframe")
(X_te,) = build_design_matrices([X_tr.design_info], test, return_type="dataframe")

lr = LinearRegression(fit_intercept=False).fit(X_tr, y_tr)
print("test R2", lr.score(X_te, test[["wage"]]))
