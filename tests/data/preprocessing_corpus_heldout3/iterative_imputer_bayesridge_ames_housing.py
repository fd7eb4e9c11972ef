import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.linear_model import BayesianRidge
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

records = pd.read_csv("ames_train.csv")
num_cols = ['LotFrontage', 'LotArea', 'GrLivArea', 'YearBuilt', 'OverallQual']
imp = IterativeImputer(estimator=BayesianRidge(), max_iter=15, random_state=0)
records[num_cols] = imp.fit_transform(records[num_cols])

x_a, x_b, y_a, y_b = train_test_split(records[num_cols], records["SalePrice"], test_size=0.25, random_state=0)
forest = RandomForestClassifier(n_estimators=300, random_state=0).fit(x_a, y_a)
print("held-out accuracy", forest.score(x_b, y_b))
