import numpy as np
import pandas as pd
import shap
import xgboost as xgb
from sklearn.model_selection import train_test_split

df = pd.read_csv("adult_income_encoded.csv")
X, y = df.drop(columns="income_gt_50k"), df["income_gt_50k"]
full_model = xgb.XGBClassifier(n_estimators=250, max_depth=5).fit(X, y)
sv = shap.TreeExplainer(full_model).shap_values(X)
rank = np.abs(sv).mean(axis=0).argsort()[::-1]
keep = X.columns[rank[:12]]

X_tr, X_te, y_tr, y_te = train_test_split(X[keep], y, test_size=0.2, random_state=1, stratify=y)
print(xgb.XGBClassifier(n_estimators=250).fit(X_tr, y_tr).score(X_te, y_te))
