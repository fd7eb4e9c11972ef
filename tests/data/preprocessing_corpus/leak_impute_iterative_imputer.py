import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression

data = pd.read_csv("hepatitis.csv")
y = data.pop("class")
imp = IterativeImputer(estimator=ExtraTreesRegressor(n_estimators=20), max_iter=10, random_state=0)
X = imp.fit_transform(data)
print(cross_val_score(LogisticRegression(max_iter=1000), X, y, cv=5).mean())
