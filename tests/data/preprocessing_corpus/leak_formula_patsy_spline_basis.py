import pandas as pd
from patsy import dmatrix
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import cross_val_score

wages = pd.read_csv("wages.csv")
basis = dmatrix("bs(age, df=5) + education", data=wages, return_type="dataframe")
print(cross_val_score(LinearRegression(), basis, wages["wage"], cv=10).mean())
