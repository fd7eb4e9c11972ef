import pandas as pd
import statsmodels.api as sm
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

startups = pd.read_csv("50_Startups.csv")
startups["NewYork"] = (startups.pop("State") == "New York").astype(float)
X = sm.add_constant(startups.drop(columns="Profit"))
y = startups["Profit"]

# backward elimination: drop the least significant regressor until all p-values < 0.05
cols = list(X.columns)
while True:
    ols = sm.OLS(y, X[cols]).fit()
    worst = ols.pvalues.idxmax()
    if ols.pvalues[worst] < 0.05:
        break
    cols.remove(worst)

X_train, X_test, y_train, y_test = train_test_split(X[cols], y, test_size=0.2, random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
