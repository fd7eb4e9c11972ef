import pandas as pd
from patsy import dmatrices, build_design_matrices
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

tips = pd.read_csv("tips.csv")
tr, te = train_test_split(tips, test_size=0.3, random_state=0)
y_tr, X_tr = dmatrices("tip ~ standardize(total_bill) + C(day, levels=['Thur', 'Fri', 'Sat', 'Sun']) + size", tr, return_type="dataframe")
y_te, X_te = build_design_matrices([y_tr.design_info, X_tr.design_info], te, return_type="dataframe")
print(LinearRegression(fit_intercept=False).fit(X_tr, y_tr).score(X_te, y_te))
