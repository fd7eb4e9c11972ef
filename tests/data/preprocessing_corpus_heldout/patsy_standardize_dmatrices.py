import pandas as pd
from patsy import dmatrices
from sklearn.model_selection import train_test_split
import statsmodels.api as sm

hosp = pd.read_csv("length_of_stay.csv")
y, X = dmatrices("los ~ standardize(age) + center(num_meds) + standardize(bmi) + C(admission_type)",
                 data=hosp, return_type="dataframe")

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
ols = sm.OLS(y_train, X_train).fit()
print(ols.summary())
pred = ols.predict(X_test)
print("test MAE:", (pred - y_test["los"]).abs().mean())
