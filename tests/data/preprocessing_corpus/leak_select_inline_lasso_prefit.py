import pandas as pd
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import LassoCV, LinearRegression
from sklearn.model_selection import KFold, cross_val_score

diabetes = pd.read_csv("diabetes.csv")
X, y = diabetes.drop(columns="progression"), diabetes["progression"]
X_sel = SelectFromModel(LassoCV(cv=5).fit(X, y), prefit=True).transform(X)
print(cross_val_score(LinearRegression(), X_sel, y, cv=KFold(10)).mean())
