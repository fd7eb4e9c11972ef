import pandas as pd
from patsy import dmatrices
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

auto = pd.read_csv("Auto.csv").dropna()
y, X = dmatrices("mpg ~ cr(horsepower, df=4) + cr(weight, df=4) + year", data=auto, return_type="dataframe")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=5)
lr = LinearRegression().fit(X_train, y_train)
print("test R2", lr.score(X_test, y_test))
