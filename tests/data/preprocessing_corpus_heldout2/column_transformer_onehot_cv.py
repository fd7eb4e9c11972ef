import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_validate

adult = pd.read_csv("adult.csv")
y = (adult.pop("income") == ">50K").astype(int)
cats = adult.select_dtypes("object").columns.tolist()
nums = adult.select_dtypes("number").columns.tolist()

prep = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), cats), ("num", StandardScaler(), nums)])
model = Pipeline([("prep", prep), ("lr", LogisticRegression(max_iter=2000))])
res = cross_validate(model, adult, y, cv=5, scoring=["accuracy", "roc_auc"])
print({k: v.mean().round(3) for k, v in res.items() if k.startswith("test_")})
