import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

advert = pd.read_csv("advertising.csv")
train, test = advert.iloc[:150], advert.iloc[150:]
model = smf.ols("np.log(sales) ~ np.log1p(TV) + I(radio ** 2) + newspaper", data=train).fit()
print(np.mean((np.exp(model.predict(test)) - test["sales"]) ** 2))
