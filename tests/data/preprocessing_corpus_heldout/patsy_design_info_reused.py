import pandas as pd
from patsy import dmatrices, build_design_matrices
from sklearn.model_selection import train_test_split
import statsmodels.api as sm

crime = pd.read_csv("crime_rates.csv")
train, test = train_test_split(crime, test_size=0.25, random_state=2)

y_tr, X_tr = dmatrices("rate ~ standardize(income) + center(density) + C(state)", train, return_type="dataframe")
# test rows reuse the training design (means, scales and levels)
(X_te,) = build_design_matrices([X_tr.design_info], test, return_type="dataframe")

fit = sm.OLS(y_tr, X_tr).fit()
print(((fit.predict(X_te) - test["rate"]) ** 2).mean() ** 0.5)
