"""Fish weight from measurements.

Log-log allometric model fitted with a statsmodels formula; every term is a
fixed function of its row.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split

fish = pd.read_csv("fish_market.csv")
train, test = train_test_split(fish, test_size=0.3, random_state=5)
model = smf.ols("np.log(weight) ~ np.log(length1) + I(height * width) + np.sqrt(width)", data=train).fit()
pred = np.exp(model.predict(test))
print(model.params)
print("test MAPE", np.mean(np.abs(pred - test["weight"]) / test["weight"]))
