import pandas as pd
from patsy import dmatrices
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

tips = pd.read_csv("tips.csv")
y, X = dmatrices("tip ~ standardize(total_bill) + C(day) + size", tips, return_type="dataframe")
X_a, X_b, y_a, y_b = train_test_split(X, y, test_size=0.3, random_state=0)
print(LinearRegression(fit_intercept=False).fit(X_a, y_a).score(X_b, y_b))
