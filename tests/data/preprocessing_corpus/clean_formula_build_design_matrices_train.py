import pandas as pd
from patsy import dmatrix, build_design_matrices
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

houses = pd.read_csv("houses.csv")
train, test = train_test_split(houses, test_size=0.2)
X_train = dmatrix("standardize(sqft) + center(lot)", train)
(X_test,) = build_design_matrices([X_train.design_info], test)
model = Ridge().fit(X_train, train["price"])
print(model.score(X_test, test["price"]))
