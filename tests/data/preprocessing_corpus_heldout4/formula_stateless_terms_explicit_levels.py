import numpy as np
import pandas as pd
from patsy import dmatrices
from sklearn.model_selection import train_test_split
import statsmodels.api as sm

diamonds = pd.read_csv("diamonds.csv")
formula = ("np.log(price) ~ np.log(carat) + I(depth / 100) + "
           "C(cut, levels=['Fair', 'Good', 'Very Good', 'Premium', 'Ideal']) + "
           "C(color, levels=['J', 'I', 'H', 'G', 'F', 'E', 'D'])")
y, X = dmatrices(formula, diamonds, return_type="dataframe")

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)
ols = sm.OLS(y_train, X_train).fit()
print("test R2", 1 - ((y_test.iloc[:, 0] - ols.predict(X_test)) ** 2).sum() / ((y_test.iloc[:, 0] - y_test.iloc[:, 0].mean()) ** 2).sum())
