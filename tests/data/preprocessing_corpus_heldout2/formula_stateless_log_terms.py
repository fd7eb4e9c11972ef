import numpy as np
import pandas as pd
from patsy import dmatrices
from sklearn.model_selection import train_test_split
import statsmodels.api as sm

houses = pd.read_csv("kc_house_small.csv")
y, X = dmatrices("np.log(price) ~ np.log(sqft_living) + I(bedrooms ** 2) + waterfront + I(yr_built > 1980)",
                 houses, return_type="dataframe")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)
ols = sm.OLS(y_train, X_train).fit()
resid = y_test.values.ravel() - ols.predict(X_test).values
print("test RMSE (log price)", np.sqrt(np.mean(resid ** 2)))
