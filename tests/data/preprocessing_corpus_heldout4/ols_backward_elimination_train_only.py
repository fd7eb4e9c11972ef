import pandas as pd
import statsmodels.api as sm
from sklearn.model_selection import train_test_split

startups = pd.read_csv("50_Startups.csv")
for state in ("Florida", "New York"):  # California is the reference level
    startups[f"State_{state}"] = (startups["State"] == state).astype(float)
startups = startups.drop(columns="State")
y = startups.pop("Profit")
X_train, X_test, y_train, y_test = train_test_split(startups, y, test_size=0.2, random_state=0)

cols = list(X_train.columns)
while True:
    ols = sm.OLS(y_train, sm.add_constant(X_train[cols])).fit()
    worst = ols.pvalues.drop("const").idxmax()
    if ols.pvalues[worst] < 0.05 or len(cols) == 1:
        break
    cols.remove(worst)

final = sm.OLS(y_train, sm.add_constant(X_train[cols])).fit()
pred = final.predict(sm.add_constant(X_test[cols], has_constant="add"))
print(cols, "test R2:", 1 - ((y_test - pred) ** 2).sum() / ((y_test - y_test.mean()) ** 2).sum())
