import numpy as np
import pandas as pd
from patsy import dmatrices
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

df = pd.read_csv("salaries.csv")
y, X = dmatrices("salary ~ np.log(experience + 1) + I(age ** 2) + remote", data=df, return_type="dataframe")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
