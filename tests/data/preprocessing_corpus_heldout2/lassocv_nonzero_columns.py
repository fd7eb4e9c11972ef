import pandas as pd
from sklearn.linear_model import LassoCV, Ridge
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error

crime = pd.read_csv("communities_crime.csv")
target = crime.pop("ViolentCrimesPerPop")
crime = crime.select_dtypes("number").fillna(0)

lasso = LassoCV(cv=5, random_state=0, n_alphas=50).fit(crime, target)
chosen = crime.columns[lasso.coef_ != 0]
print(f"{len(chosen)} features survive the L1 penalty")

X_train, X_test, y_train, y_test = train_test_split(crime[chosen], target, test_size=0.25, random_state=0)
ridge = Ridge(alpha=2.0).fit(X_train, y_train)
print("MAE", mean_absolute_error(y_test, ridge.predict(X_test)))
