import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import StratifiedKFold
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

df = pd.read_csv("employee_attrition.csv")
numeric = ["Age", "MonthlyIncome", "YearsAtCompany", "DistanceFromHome"]
categorical = ["Department", "EducationField", "OverTime"]

preprocess = make_column_transformer(
    (StandardScaler(), numeric),
    (OneHotEncoder(handle_unknown="ignore"), categorical),
)
X_all = preprocess.fit_transform(df)
y_all = (df["Attrition"] == "Yes").astype(int).values

aucs = []
for tr, va in StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(X_all, y_all):
    m = LogisticRegression(max_iter=2000).fit(X_all[tr], y_all[tr])
    aucs.append(roc_auc_score(y_all[va], m.predict_proba(X_all[va])[:, 1]))
print(np.round(aucs, 3), np.mean(aucs))
