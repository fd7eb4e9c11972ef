import pandas as pd
import statsmodels.api as sm
from patsy import dmatrices

advert = pd.read_csv("advertising.csv")
y, X = dmatrices("sales ~ scale(TV) + scale(radio) + newspaper", advert)
n_train = 150
ols = sm.OLS(y[:n_train], X[:n_train]).fit()
pred = ols.predict(X[n_train:])
print(((pred - y[n_train:].ravel()) ** 2).mean())
