import pandas as pd
import statsmodels.api as sm
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split


def backward_eliminate(X, y, alpha=0.05):
    cols = list(X.columns)
    while cols:
        ols = sm.OLS(y, sm.add_constant(X[cols])).fit()
        worst = ols.pvalues.drop("const").idxmax()
        if ols.pvalues[worst] <= alpha:
            break
        cols.remove(worst)
    return cols


startups = pd.read_csv("50_startups_numeric.csv")
X, y = startups.drop(columns="Profit"), startups["Profit"]
keep = backward_eliminate(X, y)
X_tr, X_te, y_tr, y_te = train_test_split(X[keep], y, test_size=0.2, random_state=0)
print(LinearRegression().fit(X_tr, y_tr).score(X_te, y_te))
