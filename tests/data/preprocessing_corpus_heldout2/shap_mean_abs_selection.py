import numpy as np
import pandas as pd
import shap
from catboost import CatBoostClassifier
from sklearn.model_selection import train_test_split

adult = pd.read_csv("adult_numeric.csv")
y = adult.pop("income_gt_50k")

explain_model = CatBoostClassifier(iterations=300, verbose=0)
explain_model.fit(adult, y)
shap_values = shap.TreeExplainer(explain_model).shap_values(adult)
mean_abs = np.abs(shap_values).mean(axis=0)
keep = adult.columns[np.argsort(mean_abs)[-12:]]

X_tr, X_te, y_tr, y_te = train_test_split(adult[keep], y, test_size=0.2, random_state=0, stratify=y)
print(CatBoostClassifier(iterations=800, verbose=0).fit(X_tr, y_tr).score(X_te, y_te))
