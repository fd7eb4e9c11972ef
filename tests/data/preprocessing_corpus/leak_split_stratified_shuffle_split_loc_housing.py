import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.linear_model import LinearRegression

housing = pd.read_csv("housing.csv")
num_cols = housing.select_dtypes(include=[np.number]).columns.drop("median_house_value")
housing[num_cols] = SimpleImputer(strategy="median").fit_transform(housing[num_cols])
housing["income_cat"] = pd.cut(housing["median_income"], bins=[0., 1.5, 3.0, 4.5, 6., np.inf], labels=[1, 2, 3, 4, 5])
split = StratifiedShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
for train_index, test_index in split.split(housing, housing["income_cat"]):
    strat_train_set = housing.loc[train_index]
    strat_test_set = housing.loc[test_index]
lin = LinearRegression().fit(strat_train_set[num_cols], strat_train_set["median_house_value"])
print(lin.score(strat_test_set[num_cols], strat_test_set["median_house_value"]))
