import numpy as np
import pandas as pd
from patsy import dmatrices
from sklearn.model_selection import train_test_split
import statsmodels.api as sm

credit = pd.read_csv("Default.csv")
credit["default"] = (credit["default"] == "Yes").astype(int)
credit["student"] = (credit["student"] == "Yes").astype(int)
y, X = dmatrices("default ~ standardize(balance) + standardize(income) + student", credit, return_type="dataframe")

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1)
logit = sm.Logit(y_train, X_train).fit(disp=0)
pred = (logit.predict(X_test) > 0.5).astype(int)
print("test accuracy", np.mean(pred.values == y_test.values.ravel()))
