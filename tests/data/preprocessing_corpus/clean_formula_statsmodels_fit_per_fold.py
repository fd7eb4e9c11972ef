import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.model_selection import KFold

births = pd.read_csv("births.csv")
errors = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=3).split(births):
    fit = smf.ols("weight ~ standardize(gestation) + center(age) + C(smoke)", data=births.iloc[tr]).fit()
    errors.append(np.mean((fit.predict(births.iloc[te]) - births["weight"].iloc[te]) ** 2))
print(np.mean(errors))
