import pandas as pd
import statsmodels.api as sm
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

startups = pd.read_csv("50_Startups.csv").drop(columns="State")
X = sm.add_constant(startups.drop(columns="Profit"))
y = startups["Profit"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

ols = sm.OLS(y_train, X_train).fit()
print(ols.summary())
keep = ols.pvalues[ols.pvalues < 0.05].index
print(LinearRegression().fit(X_train[keep], y_train).score(X_test[keep], y_test))
